package dev.maturity.probes.git.docs;

import dev.maturity.core.yaml.YamlBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Markdown document cut into sections at its headings (ATX {@code #} .. {@code ######}, and setext
 * underlines), with each section's line range; fenced code stays inside its section, never a heading.
 */
public record Markdown(List<Section> sections) {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-{2,})\\s*$");
    private static final Pattern STEP = Pattern.compile("^\\s*(\\d+[.)]|[-*+]\\s+\\[[ xX]\\])\\s+\\S.*");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)\\[more information needed]|\\btodo\\b|\\btbd\\b|\\bfixme\\b|\\{\\{[^}]*}}|<[^>]*>|\\[(describe|add|insert|fill)[^]]*]|_?lorem ipsum_?");

    /**
     * One section: its heading (empty and level 0 for text before the first heading), the heading
     * line, the last line with content, and the body lines up to the next heading of any level.
     */
    public record Section(String heading, int level, int startLine, int endLine, List<String> body) {

        /** The section's text, heading and body, lower-cased. */
        public String text() {
            return (heading + "\n" + String.join("\n", body)).toLowerCase(Locale.ROOT);
        }

        /** Numbered steps or checklist items: what makes a document a procedure. */
        public int steps() {
            return (int) body.stream().filter(l -> STEP.matcher(l).matches()).count();
        }

        /** Words of real content: HTML comments, placeholders and template markers removed. */
        public int words() {
            String joined = String.join("\n", body).replaceAll("(?s)<!--.*?-->", " ");
            joined = PLACEHOLDER.matcher(joined).replaceAll(" ");
            int n = 0;
            for (String w : joined.split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 1) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * Parses a document whose front matter is decoration: the body after valid front matter (with
     * its file lines), or the whole text when the front matter is invalid (or over the scan's YAML budget).
     */
    public static Markdown parseDocument(String text, YamlBudget budget) {
        try {
            FrontMatter fm = FrontMatter.split(text, budget);
            return parse(fm.body(), fm.bodyLine());
        } catch (FrontMatter.Invalid e) {
            return parse(text, 1);
        }
    }

    /** Parses the text; {@code firstLine} is the file line of the text's first line (after front matter). */
    public static Markdown parse(String text, int firstLine) {
        String[] lines = text.split("\\R", -1);
        List<Section> out = new ArrayList<>();
        String heading = "";
        int level = 0;
        int start = firstLine;
        int headingEnd = firstLine - 1;
        List<String> body = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.strip().startsWith("```") || l.strip().startsWith("~~~")) {
                fenced = !fenced;
            }
            var m = fenced ? null : HEADING.matcher(l);
            int setext = fenced ? 0 : setextLevel(l, body);
            if (m != null && m.matches() || setext > 0) {
                String title = setext > 0 ? body.remove(body.size() - 1).strip() : m.group(2);
                if (level > 0 || body.stream().anyMatch(s -> !s.isBlank())) {
                    out.add(section(heading, level, start, headingEnd, body));
                }
                heading = title;
                level = setext > 0 ? setext : m.group(1).length();
                start = firstLine + i - (setext > 0 ? 1 : 0);
                headingEnd = firstLine + i;
                body = new ArrayList<>();
            } else {
                body.add(l);
            }
        }
        if (level > 0 || body.stream().anyMatch(s -> !s.isBlank())) {
            out.add(section(heading, level, start, headingEnd, body));
        }
        return new Markdown(List.copyOf(out));
    }

    /** A setext underline ({@code ===} level 1, {@code ---} level 2) under a line of paragraph text, else 0. */
    private static int setextLevel(String line, List<String> body) {
        if (body.isEmpty() || !SETEXT.matcher(line).matches()) {
            return 0;
        }
        String previous = body.get(body.size() - 1);
        if (previous.isBlank() || STEP.matcher(previous).matches() || previous.strip().startsWith("|")
                || previous.strip().matches("[-*+] .*|[-=]+|#.*")) {
            return 0;
        }
        return line.strip().startsWith("=") ? 1 : 2;
    }

    private static Section section(String heading, int level, int start, int headingEnd, List<String> body) {
        int bodyLine = headingEnd + 1;
        int end = Math.max(start, headingEnd);
        for (int i = body.size() - 1; i >= 0; i--) {
            if (!body.get(i).isBlank()) {
                end = bodyLine + i;
                break;
            }
        }
        return new Section(heading, level, start, end, List.copyOf(body));
    }
}
