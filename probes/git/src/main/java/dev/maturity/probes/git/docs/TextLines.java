package dev.maturity.probes.git.docs;

/**
 * Line arithmetic over a file's text. YAML block nodes end where the next token begins, so a range
 * read from the parser can run over trailing blank or comment lines; {@link #lastContent} pulls it back.
 */
public final class TextLines {

    private TextLines() {
    }

    /** The last line at or before {@code end} (1-based) that is neither blank nor a {@code #} comment, never before {@code start}. */
    public static int lastContent(String text, int start, int end) {
        String[] lines = text.split("\\R", -1);
        int i = Math.min(end, lines.length);
        while (i > start && (lines[i - 1].isBlank() || lines[i - 1].strip().startsWith("#"))) {
            i--;
        }
        return Math.max(start, i);
    }

    /** The 1-based line of a character offset. */
    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
