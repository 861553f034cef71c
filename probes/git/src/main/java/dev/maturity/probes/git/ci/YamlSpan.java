package dev.maturity.probes.git.ci;

import dev.maturity.core.yaml.YamlNode;

/**
 * The lines a block mapping under a key really spans, for evidence locators: from the key's line
 * to its last line with content (a parser's end mark may sit on the next sibling key).
 */
public final class YamlSpan {

    private static final java.util.regex.Pattern ANCHORED_KEY = java.util.regex.Pattern.compile(".*:\\s*&\\S+\\s*");

    private final String[] lines;

    public YamlSpan(String text) {
        this.lines = text.split("\\R", -1);
    }

    /** The line of the key that holds the node: the nearest line above it that is less indented. */
    public int start(YamlNode node) {
        int first = node.line();
        if (first <= 1 || first > lines.length || !node.isMapping() && !node.isSequence()) {
            return Math.max(1, first);
        }
        if (ANCHORED_KEY.matcher(lines[first - 1]).matches()) {
            return first; // an anchored block starts on its key's line: "- step: &unit"
        }
        int indent = indent(lines[first - 1]);
        for (int i = first - 1; i >= 1; i--) {
            String l = lines[i - 1];
            if (!l.isBlank() && !l.strip().startsWith("#") && indent(l) < indent) {
                return i;
            }
            if (i < first - 1 && !l.isBlank() && !l.strip().startsWith("#")) {
                break;
            }
        }
        return first;
    }

    /** The node's last line with content, not counting a following sibling or blank and comment lines. */
    public int end(YamlNode node) {
        int first = node.line();
        int last = Math.min(node.endLine(), lines.length);
        if (first <= 0 || last <= first) {
            return Math.max(first, last);
        }
        int indent = indent(lines[first - 1]);
        while (last > first) {
            String l = lines[last - 1];
            if (l.isBlank() || l.strip().startsWith("#") || indent(l) < indent) {
                last--;
            } else {
                break;
            }
        }
        return last;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) {
            i++;
        }
        return i;
    }
}
