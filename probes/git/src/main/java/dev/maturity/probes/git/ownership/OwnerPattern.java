package dev.maturity.probes.git.ownership;

import java.util.regex.Pattern;

/**
 * A CODEOWNERS path pattern with GitHub's gitignore-style semantics: a leading or inner slash anchors
 * it to the root, otherwise it matches at any depth; a trailing slash matches a directory's contents;
 * {@code *} stays within a segment, {@code **} crosses them; a pattern that matches a directory owns
 * everything under it, except that {@code dir/*} owns only the files directly inside.
 */
public record OwnerPattern(String raw, Pattern regex, boolean directoryOnly, boolean directChildrenOnly) {

    public static OwnerPattern compile(String raw) {
        String p = raw.replace("\\ ", " ").replace("\\#", "#");
        boolean dirOnly = p.endsWith("/") && p.length() > 1;
        if (dirOnly) {
            p = p.substring(0, p.length() - 1);
        }
        boolean anchored = p.startsWith("/") || p.contains("/");
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        boolean direct = p.endsWith("/*");
        String body = translate(p);
        String prefix = anchored ? "^" : "^(?:.*/)?";
        return new OwnerPattern(raw, Pattern.compile(prefix + body + "$"), dirOnly, direct);
    }

    private static String translate(String p) {
        StringBuilder sb = new StringBuilder();
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
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return sb.toString();
    }

    /** Whether the pattern owns the repository path (a file path, forward slashes, no leading slash). */
    public boolean matches(String path) {
        if (!directoryOnly && regex.matcher(path).matches()) {
            return true;
        }
        if (directChildrenOnly) {
            return false;
        }
        for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
            if (regex.matcher(path.substring(0, i)).matches()) {
                return true;
            }
        }
        return false;
    }
}
