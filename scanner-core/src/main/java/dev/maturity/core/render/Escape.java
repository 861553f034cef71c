package dev.maturity.core.render;

/**
 * The one escaping step per output format for text that came from outside the tool (paths,
 * commit messages, job names, YAML values, server messages). Repository text may carry terminal
 * control sequences, characters XML 1.0 forbids, or Markdown that would render as a link, an
 * image or HTML in a pull-request comment; each method makes such text inert for its format.
 */
public final class Escape {

    private Escape() {
    }

    /**
     * For terminals and logs: every control character (C0 but tab, DEL, C1) and every bidirectional
     * override is shown visibly ({@code \x1b}, {@code \r}, {@code \n}; U+202E as backslash-u-202e), so repository
     * text can neither move the cursor, recolour, hyperlink nor reorder what a reader sees.
     */
    public static String terminal(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\t' && isHidden(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                visible(c, out);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * The last step of a whole terminal text the tool composed itself: its own line breaks and tabs
     * stay, any other hidden character that slipped into it is shown visibly.
     */
    public static String terminalLines(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && isHidden(c)) {
                visible(c, out);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for a character a terminal would act on rather than show: C0 controls, DEL, C1 controls, bidi overrides. */
    public static boolean isHidden(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Appends the visible form of a hidden character: {@code \n}, {@code \r}, {@code \t}, {@code \xNN} or backslash-u and four hex digits. */
    public static void visible(char c, StringBuilder out) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
        }
    }

    /**
     * For XML 1.0 text and attribute values: characters the specification forbids (C0 controls but
     * tab, newline and carriage return; U+FFFE, U+FFFF; unpaired surrogates) are shown in their
     * visible form, so a strict parser reads the whole document.
     */
    public static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)) {
                out.append(c);
            } else {
                visible(c, out);
            }
        }
        return out.toString();
    }

    /**
     * For Markdown (CommonMark and GitHub Flavored): the text renders literally on one line, inside a
     * table cell too. Every character that opens inline syntax is backslash-escaped (no emphasis,
     * link, image, HTML, entity or table syntax survives), and the character sequences GitHub turns into links by
     * themselves ({@code ://}, {@code www.}) are split by a zero-width space, and an {@code @} is shown as a full-width at sign, so no link, image or HTML element can
     * come from repository text.
     */
    public static String markdown(String s) {
        if (s == null) {
            return "";
        }
        String text = terminal(s);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@') {
                out.append('\uff20'); // a full-width at sign: autolinkers accept any non-ASCII around an @
                continue;
            }
            if (c < 0x80 && isPunctuation(c)) {
                out.append('\\');
            }
            out.append(c);
            if ((c == ':' && text.startsWith("//", i + 1)) || ((c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4))) {
                out.append('\u200b');
            }
        }
        return out.toString();
    }

    /**
     * A Markdown code span holding {@code s} literally: the fence is one backtick longer than the
     * longest backtick run inside, padded with spaces where the content starts or ends with a backtick;
     * {@code |} is escaped because GitHub splits table cells on it even inside code spans.
     */
    public static String markdownCode(String s) {
        String text = terminal(s).replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") || text.isEmpty() ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /**
     * One CSV field (RFC 4180) that a spreadsheet shows as text: hidden characters are shown visibly,
     * a field that starts like a formula ({@code = + - @}) gets a leading apostrophe so no spreadsheet
     * evaluates it, and a field holding a comma, quote or apostrophe-guarded text is quoted with its
     * quotes doubled. Numbers the tool wrote itself go through {@link String#valueOf} instead.
     */
    public static String csv(String s) {
        if (s == null) {
            return "";
        }
        String text = terminal(s);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf(';') >= 0
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The characters that open inline Markdown syntax (emphasis, code, links, images, HTML, entities, tables, strikethrough, math, references). */
    private static boolean isPunctuation(char c) {
        return "\\`*_[]<>!|&~$#".indexOf(c) >= 0;
    }
}
