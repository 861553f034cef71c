package dev.maturity.probes.git.ownership;

import dev.maturity.core.glob.GitignorePattern;

/**
 * A CODEOWNERS path pattern with GitHub's gitignore-style semantics: a leading or inner slash anchors
 * it to the root, otherwise it matches at any depth; a trailing slash matches a directory's contents;
 * {@code *} stays within a segment, {@code **} crosses them; a pattern that matches a directory owns
 * everything under it, except that {@code dir/*} owns only the files directly inside; {@code [ ]} are
 * literal (GitHub documents ranges as unsupported). Matched by RE2 in time linear in the path.
 */
public record OwnerPattern(String raw, GitignorePattern pattern) {

    public static OwnerPattern compile(String raw) {
        return new OwnerPattern(raw, GitignorePattern.compile(raw, GitignorePattern.Dialect.CODEOWNERS, false));
    }

    /** Whether the pattern owns the repository path (a file path, forward slashes, no leading slash). */
    public boolean matches(String path) {
        return pattern.matches(path);
    }
}
