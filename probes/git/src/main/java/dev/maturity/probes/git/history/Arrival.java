package dev.maturity.probes.git.history;

import java.util.Locale;
import java.util.regex.Pattern;

/** How a commit reached the scanned branch: through a reviewed merge of some kind, or pushed directly. */
public enum Arrival {
    /** A merge commit a forge made for a pull/merge request ("Merge pull request #12", "See merge request"). */
    PULL_REQUEST_MERGE,
    /** A two-parent merge into the scanned branch without a forge message. */
    BRANCH_MERGE,
    /** A squash or rebase merge whose message carries the request reference ("(#123)", "!123"). */
    SQUASH_REFERENCE,
    /** Committed by the forge on an author's behalf (web merge or suggestion), author and committer differ. */
    FORGE_COMMIT,
    /** A commit of a branch that a merge brought into the scanned branch. */
    VIA_MERGE,
    /** Pushed straight onto the scanned branch. */
    DIRECT;

    private static final Pattern MERGE_REQUEST = Pattern.compile(
            "^Merge pull request #\\d+|See merge request \\S*!\\d+|^Merged PR \\d+|\\(pull request #\\d+\\)", Pattern.MULTILINE);
    private static final Pattern SQUASH = Pattern.compile(
            "\\(#\\d+\\)\\s*$|See merge request \\S*!\\d+|(^|\\s)!\\d+\\b|\\(pull request #\\d+\\)|^Merged PR \\d+", Pattern.MULTILINE);
    private static final java.util.Set<String> FORGE_COMMITTERS = java.util.Set.of(
            "noreply@github.com", "noreply@gitlab.com", "noreply@gitea.io", "noreply@codeberg.org");

    /** Whether the change went through review. */
    public boolean reviewed() {
        return this != DIRECT;
    }

    /** The arrival of a commit on the scanned branch's first-parent line, from its shape and message. */
    static Arrival ofMainline(int parents, String message, String authorEmail, String committerEmail) {
        if (parents >= 2) {
            return MERGE_REQUEST.matcher(message).find() ? PULL_REQUEST_MERGE : BRANCH_MERGE;
        }
        int nl = message.indexOf('\n');
        String subject = nl < 0 ? message : message.substring(0, nl);
        if (SQUASH.matcher(subject).find() || message.contains("See merge request")) {
            return SQUASH_REFERENCE;
        }
        String committer = committerEmail.toLowerCase(Locale.ROOT);
        if (FORGE_COMMITTERS.contains(committer) && !committer.equalsIgnoreCase(authorEmail)) {
            return FORGE_COMMIT;
        }
        return DIRECT;
    }

    /** Words for evidence details. */
    public String describe() {
        return switch (this) {
            case PULL_REQUEST_MERGE -> "pull/merge request merge";
            case BRANCH_MERGE -> "merge into the branch";
            case SQUASH_REFERENCE -> "squash merge of a request";
            case FORGE_COMMIT -> "committed by the forge";
            case VIA_MERGE -> "arrived through a merge";
            case DIRECT -> "pushed directly";
        };
    }
}
