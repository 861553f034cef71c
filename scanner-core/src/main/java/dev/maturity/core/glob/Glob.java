package dev.maturity.core.glob;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;

/**
 * A compiled glob. Three dialects, one engine (RE2, linear time in the input whatever the glob):
 * <ul>
 *   <li>{@link #path}: the JDK {@code PathMatcher} "glob:" syntax over {@code /}-separated paths —
 *       {@code *} and {@code ?} within a segment, {@code **} across segments, {@code [a-z]},
 *       {@code [!a]}, {@code {a,b}}, {@code \} escapes;</li>
 *   <li>{@link #text}: {@code *} any text, {@code ?} one character, everything else literal
 *       (identities, namespace names);</li>
 *   <li>{@link GitignorePattern}: gitignore-style repository patterns (CODEOWNERS, .maturityignore).</li>
 * </ul>
 */
public final class Glob {

    private final String glob;
    private final Pattern pattern;

    private Glob(String glob, String regex) {
        this.glob = glob;
        try {
            this.pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new GlobSyntaxException(glob, e.getDescription());
        }
    }

    /** A path glob (JDK {@code PathMatcher} syntax); throws {@link GlobSyntaxException} when malformed. */
    public static Glob path(String glob) {
        return new Glob(glob, "^" + PathGlobs.toRegex(glob) + "$");
    }

    /** Any of several path globs, matched in one pass. */
    public static Glob anyPath(List<String> globs) {
        StringBuilder re = new StringBuilder("^(?:");
        for (int i = 0; i < globs.size(); i++) {
            re.append(i == 0 ? "" : "|").append("(?:").append(PathGlobs.toRegex(globs.get(i))).append(')');
        }
        return new Glob(String.join(", ", globs), re.append(globs.isEmpty() ? "[^\\x00-\\x{10FFFF}])$" : ")$").toString());
    }

    /** A text glob: {@code *} any text, {@code ?} one character, all else literal. */
    public static Glob text(String glob) {
        StringBuilder re = new StringBuilder("^(?s:");
        glob.codePoints().forEach(c -> re.append(switch (c) {
            case '*' -> ".*";
            case '?' -> ".";
            default -> Pattern.quote(new String(Character.toChars(c)));
        }));
        return new Glob(glob, re.append(")$").toString());
    }

    static Glob ofRegex(String glob, String regex) {
        return new Glob(glob, regex);
    }

    /** Whether the whole text matches. */
    public boolean matches(String text) {
        return pattern.matches(text);
    }

    public String glob() {
        return glob;
    }

    @Override
    public String toString() {
        return glob;
    }
}
