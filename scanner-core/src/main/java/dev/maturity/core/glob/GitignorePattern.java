package dev.maturity.core.glob;

import java.util.ArrayList;
import java.util.List;

/**
 * One gitignore-style repository pattern, as CODEOWNERS and {@code .maturityignore} use them: a
 * leading or inner {@code /} anchors it at the root, otherwise it matches at any depth; a trailing
 * {@code /} matches only a directory (so only what lies under it); a pattern that matches a
 * directory matches everything under it; {@code *} and {@code ?} stay within a segment,
 * {@code **} crosses segments; {@code \} makes the next character literal. Translated to one RE2
 * expression over the whole path, so a match costs time linear in the path.
 */
public final class GitignorePattern {

    /** What a dialect adds to the common syntax. */
    public enum Dialect {
        /**
         * CODEOWNERS (GitHub, GitLab): {@code [} and {@code ]} are literal (GitHub documents ranges as
         * unsupported), and {@code dir/*} owns only the files directly inside {@code dir}.
         */
        CODEOWNERS,
        /** {@code .maturityignore}: gitignore's {@code [a-z]} and {@code [!a]} classes, plus {@code {a,b}} groups. */
        IGNORE
    }

    private final String raw;
    private final Glob glob;

    private GitignorePattern(String raw, Glob glob) {
        this.raw = raw;
        this.glob = glob;
    }

    /**
     * Compiles a pattern; {@code anywhere} matches it at any depth even when it holds a slash (the
     * scanner's own defaults, such as {@code src/test/}).
     */
    public static GitignorePattern compile(String raw, Dialect dialect, boolean anywhere) {
        return new GitignorePattern(raw, Glob.ofRegex(raw, regex(raw, dialect, anywhere)));
    }

    /** The RE2 expression of a pattern (for combining several into one). */
    static String regex(String raw, Dialect dialect, boolean anywhere) {
        return "^" + PathGlobs.toRegex(parts(raw, dialect, anywhere)) + "$";
    }

    /** The pattern as glob parts over the whole path (for {@link GlobSet}); the same reading {@link #regex} renders. */
    static List<GlobPart> parts(String raw, Dialect dialect, boolean anywhere) {
        String p = raw;
        boolean dirOnly = p.endsWith("/") && p.length() > 1 && !p.endsWith("\\/");
        if (dirOnly) {
            p = p.substring(0, p.length() - 1);
        }
        boolean anchored = !anywhere && (p.startsWith("/") || p.contains("/"));
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        boolean direct = dialect == Dialect.CODEOWNERS && p.endsWith("/*");
        if (direct && dirOnly) {
            return List.of(NOTHING);
        }
        List<GlobPart> out = new ArrayList<>();
        if (!anchored) {
            out.add(anyDirectories());
        }
        translate(p, dialect, out);
        if (dirOnly) {
            out.add(new GlobPart.Literal('/'));
            out.add(new GlobPart.AnyAcross());
        } else if (!direct) {
            out.add(new GlobPart.Group(List.of(List.of(), List.of(new GlobPart.Literal('/'), new GlobPart.AnyAcross()))));
        }
        return out;
    }

    /** A class of no character: matches nothing. */
    private static final GlobPart NOTHING = new GlobPart.CharClass(new char[0], false);

    /** {@code (?:.*\/)?}: no directory, or any directories. */
    private static GlobPart anyDirectories() {
        return new GlobPart.Group(List.of(List.of(), List.of(new GlobPart.AnyAcross(), new GlobPart.Literal('/'))));
    }

    private static void translate(String p, Dialect dialect, List<GlobPart> top) {
        List<List<GlobPart>> group = null;
        List<GlobPart> sb = top;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i) && (i == 0 || p.charAt(i - 1) == '/')) {
                sb.add(anyDirectories());
                i += 3;
            } else if (p.startsWith("**", i)) {
                sb.add(new GlobPart.AnyAcross());
                i += 2;
            } else if (c == '*') {
                sb.add(new GlobPart.AnyInSegment());
                i++;
            } else if (c == '?') {
                sb.add(new GlobPart.OneInSegment());
                i++;
            } else if (c == '\\' && i + 1 < p.length()) {
                int next = p.codePointAt(i + 1);
                sb.add(new GlobPart.Literal(next));
                i += 1 + Character.charCount(next);
            } else if (c == '[' && dialect == Dialect.IGNORE && p.indexOf(']', i + 2) > 0) {
                i = bracket(p, i + 1, sb);
            } else if (dialect == Dialect.IGNORE && c == '{' && group == null && p.indexOf('}', i) > 0) {
                group = new ArrayList<>();
                sb = new ArrayList<>();
                group.add(sb);
                i++;
            } else if (group != null && c == ',') {
                sb = new ArrayList<>();
                group.add(sb);
                i++;
            } else if (group != null && c == '}') {
                top.add(new GlobPart.Group(group));
                group = null;
                sb = top;
                i++;
            } else {
                int cp = p.codePointAt(i);
                sb.add(new GlobPart.Literal(cp));
                i += Character.charCount(cp);
            }
        }
        if (group != null) {
            top.add(new GlobPart.Group(group));
        }
    }

    /**
     * A gitignore class ({@code [abc]}, {@code [a-z]}, {@code [!a]}) from just after {@code [}; never matches
     * {@code /}, and a class left with no character matches nothing. Returns the index after its {@code ]}.
     */
    private static int bracket(String p, int start, List<GlobPart> out) {
        int i = start;
        boolean negated = p.charAt(i) == '!' || p.charAt(i) == '^';
        if (negated) {
            i++;
        }
        StringBuilder ranges = new StringBuilder(); // inclusive pairs
        int first = i;
        while (i < p.length() && (p.charAt(i) != ']' || i == first)) {
            char c = p.charAt(i);
            if (c == '-' && i > first && i + 1 < p.length() && p.charAt(i + 1) != ']' && p.charAt(i - 1) <= p.charAt(i + 1)
                    && ranges.length() > 0 && p.charAt(i - 1) != '/') {
                ranges.setCharAt(ranges.length() - 1, p.charAt(i + 1)); // the start written becomes the range
                i += 2;
                continue;
            } else if (c != '/') {
                ranges.append(c).append(c);
            }
            i++;
        }
        out.add(ranges.length() == 0 ? NOTHING : new GlobPart.CharClass(ranges.toString().toCharArray(), negated));
        return i + 1;
    }

    /** Whether the pattern matches the path (forward slashes, no leading slash) or a directory above it. */
    public boolean matches(String path) {
        return glob.matches(path);
    }

    public String raw() {
        return raw;
    }

    @Override
    public String toString() {
        return raw;
    }
}
