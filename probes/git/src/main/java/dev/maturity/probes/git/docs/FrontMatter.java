package dev.maturity.probes.git.docs;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlBudget;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import java.util.Optional;

/**
 * A text file split into its YAML front matter (between {@code ---} fences on the first lines) and
 * its body, with the 1-based line where each starts. Used by Prompty, Dotprompt and model cards.
 *
 * @param yaml      the front matter as parsed, MISSING when there is none
 * @param yamlLine  the first line of the front matter (0 when none)
 * @param bodyLine  the first line of the body
 * @param body      the text after the closing fence (the whole text when there is no front matter)
 */
public record FrontMatter(YamlNode yaml, int yamlLine, int bodyLine, String body) {

    /** A front matter that does not parse: the line (in the whole file) and the parser's message. */
    public static final class Invalid extends Exception {
        private final int line;

        Invalid(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Splits the text, the front matter charged to the scan's YAML budget; a file without an opening fence has no front matter and all of it is body. */
    public static FrontMatter split(String text, YamlBudget budget) throws Invalid {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return new FrontMatter(YamlNode.MISSING, 0, 1, text);
        }
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                String yamlText = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                YamlNode node;
                try {
                    node = SafeYaml.parse(yamlText, budget);
                } catch (YamlParseException e) {
                    throw new Invalid("front matter: " + e.getMessage(), e.line() == 0 ? 1 : e.line() + 1);
                }
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(node, 2, i + 2, body);
            }
        }
        throw new Invalid("front matter opened with '---' on line 1 is never closed", 1);
    }

    /** The line in the whole file of a front matter node (YAML line n sits on file line n + 1, after the fence). */
    public int fileLine(YamlNode node) {
        return node.line() <= 0 ? 0 : node.line() + 1;
    }

    /** The body's first and last non-blank lines in the whole file, or empty when the body is blank. */
    public Optional<int[]> bodyRange() {
        String[] lines = body.split("\\R", -1);
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? Optional.empty() : Optional.of(new int[] {bodyLine + first, bodyLine + last});
    }

    public boolean hasFrontMatter() {
        return yamlLine > 0;
    }
}
