package dev.maturity.core.glob;

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
        String prefix = anchored ? "^" : "^(?:.*/)?";
        String body = translate(p, dialect);
        if (direct) {
            return dirOnly ? "[^\\x00-\\x{10FFFF}]" : prefix + body + "$";
        }
        return prefix + body + (dirOnly ? "/.*$" : "(?:/.*)?$");
    }

    private static String translate(String p, Dialect dialect) {
        StringBuilder sb = new StringBuilder();
        boolean inGroup = false;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i) && (i == 0 || p.charAt(i - 1) == '/')) {
                sb.append("(?:.*/)?");
                i += 3;
            } else if (p.startsWith("**", i)) {
                sb.append(".*");
                i += 2;
            } else if (c == '*') {
                sb.append("[^/]*");
                i++;
            } else if (c == '?') {
                sb.append("[^/]");
                i++;
            } else if (c == '\\' && i + 1 < p.length()) {
                sb.append(PathGlobs.literal(p.charAt(i + 1)));
                i += 2;
            } else if (c == '[' && dialect == Dialect.IGNORE && p.indexOf(']', i + 2) > 0) {
                i = bracket(p, i + 1, sb);
            } else if (dialect == Dialect.IGNORE && c == '{' && !inGroup && p.indexOf('}', i) > 0) {
                sb.append("(?:(?:");
                inGroup = true;
                i++;
            } else if (inGroup && c == ',') {
                sb.append(")|(?:");
                i++;
            } else if (inGroup && c == '}') {
                sb.append("))");
                inGroup = false;
                i++;
            } else {
                sb.append(PathGlobs.literal(c));
                i++;
            }
        }
        if (inGroup) {
            sb.append("))");
        }
        return sb.toString();
    }

    /** A gitignore class ({@code [abc]}, {@code [a-z]}, {@code [!a]}) from just after {@code [}; never matches {@code /}. */
    private static int bracket(String p, int start, StringBuilder sb) {
        int i = start;
        StringBuilder cls = new StringBuilder("[");
        if (p.charAt(i) == '!' || p.charAt(i) == '^') {
            cls.append('^');
            i++;
        }
        cls.append(cls.length() == 2 ? "/" : "");
        int first = i;
        while (i < p.length() && (p.charAt(i) != ']' || i == first)) {
            char c = p.charAt(i);
            if (c == '-' && i > first && i + 1 < p.length() && p.charAt(i + 1) != ']' && p.charAt(i - 1) <= p.charAt(i + 1)) {
                cls.append('-');
            } else if (c != '/') {
                cls.append(PathGlobs.classLiteral(c));
            }
            i++;
        }
        sb.append(cls.length() == 1 || cls.toString().equals("[^/") ? "[^\\x00-\\x{10FFFF}]" : cls.append(']').toString());
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
