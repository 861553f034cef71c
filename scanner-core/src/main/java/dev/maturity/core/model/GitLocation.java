package dev.maturity.core.model;

import java.util.Objects;

/**
 * A path in one commit of one repository, optionally narrowed to a line range (1-based, inclusive;
 * 0 when the whole file or no file is meant).
 */
public record GitLocation(String repo, String commit, String path, int startLine, int endLine)
        implements Provenance {

    public GitLocation {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(commit, "commit");
        path = path == null ? "" : path;
        if (startLine < 0 || endLine < startLine && endLine != 0) {
            throw new IllegalArgumentException("bad line range " + startLine + "-" + endLine + " for " + path);
        }
    }

    public static GitLocation file(String repo, String commit, String path) {
        return new GitLocation(repo, commit, path, 0, 0);
    }

    public static GitLocation lines(String repo, String commit, String path, int start, int end) {
        return new GitLocation(repo, commit, path, start, Math.max(start, end));
    }

    /** A commit as a whole (history evidence). */
    public static GitLocation commit(String repo, String commit) {
        return new GitLocation(repo, commit, "", 0, 0);
    }

    @Override
    public String source() {
        return "git";
    }

    @Override
    public String locator() {
        StringBuilder sb = new StringBuilder(repo).append('@').append(commit);
        if (!path.isEmpty()) {
            sb.append(':').append(path);
            if (startLine > 0) {
                sb.append("#L").append(startLine);
                if (endLine > startLine) {
                    sb.append("-L").append(endLine);
                }
            }
        }
        return sb.toString();
    }

    // equals and hashCode written out, for the reason given in Evidence
    @Override
    public boolean equals(Object other) {
        return other instanceof GitLocation o
                && Objects.equals(repo, o.repo)
                && Objects.equals(commit, o.commit)
                && Objects.equals(path, o.path)
                && startLine == o.startLine
                && endLine == o.endLine;
    }

    @Override
    public int hashCode() {
        return Objects.hash(repo, commit, path, startLine, endLine);
    }
}
