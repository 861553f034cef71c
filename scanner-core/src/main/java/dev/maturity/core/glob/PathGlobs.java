package dev.maturity.core.glob;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JDK's {@code glob:} syntax (as {@code sun.nio.fs.Globs} reads it on Unix) into {@link GlobPart}s, and
 * renders them as an RE2 expression. RE2 has no class intersection, so {@code /} is kept out of classes by splitting
 * ranges around it and adding it to negated classes.
 */
final class PathGlobs {

    private static final String REGEX_META = ".^$+{[]|()";
    private static final String GLOB_META = "\\*?[{";

    private PathGlobs() {
    }

    static String toRegex(String glob) {
        return toRegex(parse(glob));
    }

    static String toRegex(List<GlobPart> parts) {
        StringBuilder re = new StringBuilder();
        render(parts, re);
        return re.toString();
    }

    /** The glob's parts; throws {@link GlobSyntaxException} when malformed. */
    static List<GlobPart> parse(String glob) {
        List<List<GlobPart>> group = null;
        List<GlobPart> top = new ArrayList<>();
        List<GlobPart> cur = top;
        int i = 0;
        while (i < glob.length()) {
            int c = glob.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\\' -> {
                    if (i == glob.length()) {
                        throw new GlobSyntaxException(glob, "no character to escape");
                    }
                    int next = glob.codePointAt(i);
                    i += Character.charCount(next);
                    cur.add(new GlobPart.Literal(next));
                }
                case '[' -> i = bracket(glob, i, cur);
                case '{' -> {
                    if (group != null) {
                        throw new GlobSyntaxException(glob, "cannot nest groups");
                    }
                    group = new ArrayList<>();
                    cur = new ArrayList<>();
                    group.add(cur);
                }
                case '}' -> {
                    if (group != null) {
                        top.add(new GlobPart.Group(group));
                        group = null;
                        cur = top;
                    } else {
                        cur.add(new GlobPart.Literal(c));
                    }
                }
                case ',' -> {
                    if (group != null) {
                        cur = new ArrayList<>();
                        group.add(cur);
                    } else {
                        cur.add(new GlobPart.Literal(c));
                    }
                }
                case '*' -> {
                    if (i < glob.length() && glob.charAt(i) == '*') {
                        cur.add(new GlobPart.AnyAcross());
                        i++;
                    } else {
                        cur.add(new GlobPart.AnyInSegment());
                    }
                }
                case '?' -> cur.add(new GlobPart.OneInSegment());
                default -> cur.add(new GlobPart.Literal(c));
            }
        }
        if (group != null) {
            throw new GlobSyntaxException(glob, "missing '}'");
        }
        return top;
    }

    private static void render(List<GlobPart> parts, StringBuilder re) {
        for (GlobPart part : parts) {
            if (part instanceof GlobPart.Literal l) {
                re.append(literal(l.codePoint()));
            } else if (part instanceof GlobPart.AnyInSegment) {
                re.append("[^/]*");
            } else if (part instanceof GlobPart.AnyAcross) {
                re.append(".*");
            } else if (part instanceof GlobPart.OneInSegment) {
                re.append("[^/]");
            } else if (part instanceof GlobPart.CharClass c && c.ranges().length == 0 && !c.negated()) {
                re.append("[^\\x00-\\x{10FFFF}]"); // no character
            } else if (part instanceof GlobPart.CharClass c) {
                re.append('[').append(c.negated() ? "^/" : "");
                for (int k = 0; k < c.ranges().length; k += 2) {
                    char from = c.ranges()[k];
                    char to = c.ranges()[k + 1];
                    re.append(from == to ? classLiteral(from) : range(from, to));
                }
                re.append(']');
            } else if (part instanceof GlobPart.Group g) {
                re.append("(?:");
                for (int k = 0; k < g.alternatives().size(); k++) {
                    re.append(k == 0 ? "(?:" : "|(?:");
                    render(g.alternatives().get(k), re);
                    re.append(')');
                }
                re.append(')');
            }
        }
    }

    /** A bracket expression from just after {@code [}; returns the index after its {@code ]}. */
    private static int bracket(String glob, int start, List<GlobPart> out) {
        int i = start;
        boolean negated = false;
        StringBuilder cls = new StringBuilder(); // inclusive pairs
        if (i < glob.length() && glob.charAt(i) == '^') {
            cls.append("^^");
            i++;
        } else {
            if (i < glob.length() && glob.charAt(i) == '!') {
                negated = true;
                i++;
            }
            if (i < glob.length() && glob.charAt(i) == '-') {
                cls.append("--");
                i++;
            }
        }
        boolean closed = false;
        char last = 0;
        boolean hasRangeStart = false;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            if (c == ']') {
                closed = true;
                break;
            }
            if (c == '/') {
                throw new GlobSyntaxException(glob, "explicit '/' in a [class]");
            }
            if (c == '-') {
                if (!hasRangeStart) {
                    throw new GlobSyntaxException(glob, "invalid range");
                }
                if (i >= glob.length() || glob.charAt(i) == ']') {
                    cls.append("--");
                    continue;
                }
                char end = glob.charAt(i++);
                if (end < last) {
                    throw new GlobSyntaxException(glob, "invalid range");
                }
                cls.setCharAt(cls.length() - 1, end); // the single start already written becomes the range
                hasRangeStart = false;
            } else {
                cls.append(c).append(c);
                hasRangeStart = true;
                last = c;
            }
        }
        if (!closed) {
            throw new GlobSyntaxException(glob, "missing ']'");
        }
        if (cls.length() == 0 && !negated) {
            throw new GlobSyntaxException(glob, "empty [class]");
        }
        out.add(new GlobPart.CharClass(cls.toString().toCharArray(), negated));
        return i;
    }

    private static String range(char from, char to) {
        if (from <= '/' && '/' <= to) {
            StringBuilder sb = new StringBuilder();
            if (from < '/') {
                sb.append(classLiteral(from)).append('-').append(classLiteral('.'));
            }
            if (to > '/') {
                sb.append(classLiteral('0')).append('-').append(classLiteral(to));
            }
            return sb.length() == 0 ? "\\x{10FFFF}" : sb.toString();
        }
        return classLiteral(from) + "-" + classLiteral(to);
    }

    static String classLiteral(char c) {
        if ("\\]^-[".indexOf(c) >= 0) {
            return "\\" + c;
        }
        return c < 0x20 || c == 0x7f ? String.format("\\x{%x}", (int) c) : String.valueOf(c);
    }

    static String literal(char c) {
        return literal((int) c);
    }

    static String literal(int c) {
        String s = new String(Character.toChars(c));
        return REGEX_META.indexOf(c) >= 0 || GLOB_META.indexOf(c) >= 0 || c == '*' || c == '?' || c == '}' || c == '\\'
                ? "\\" + s : s;
    }
}
