package dev.maturity.probes.git.ci;

import dev.maturity.core.glob.Glob;
import dev.maturity.core.glob.GlobSyntaxException;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.RepoSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of development a CI event's branch filter can fire on: the default branch, and the
 * other branches with their last commit. An event filtered to branches that leave out the default
 * branch still fires on changes when a branch it admits was committed to in the year before the
 * scan (a release or production branch that merges arrive on); filtered to dormant branches only
 * (a course's {@code develop} untouched for years), it never fires on a change.
 *
 * @param defaultBranch the default branch; empty when unknown, and then filters are not read
 * @param tips          last commit time per branch (local and the remote's)
 * @param asOf          the scan's reference time
 */
record BranchLines(Optional<String> defaultBranch, Map<String, Instant> tips, Instant asOf) {

    /** A branch without a commit for this long before the scan is dormant. */
    static final Duration DORMANT = Duration.ofDays(365);

    static BranchLines of(RepoSnapshot repo) {
        return new BranchLines(repo.defaultBranch(), repo.branchTips(), repo.asOf());
    }

    /**
     * Whether a change event with this configuration fires on a live line of development: it admits
     * the default branch, or a branch alive in the year before the scan. Unknown (no default branch,
     * or no other branch to look at) counts as firing.
     */
    boolean fires(YamlNode config) {
        if (defaultBranch.isEmpty() || admits(config, defaultBranch.get())) {
            return true;
        }
        if (tips.keySet().stream().allMatch(b -> b.equals(defaultBranch.get()))) {
            return true;
        }
        Instant since = asOf.minus(DORMANT);
        return tips.entrySet().stream().anyMatch(t -> !t.getKey().equals(defaultBranch.get()) && !t.getValue().isBefore(since)
                && admits(config, t.getKey()));
    }

    /** Whether a change event's branch filters admit the branch (no filter admits every branch). */
    static boolean admits(YamlNode config, String branch) {
        if (!config.isMapping()) {
            return true;
        }
        if (config.has("branches")) {
            List<String> patterns = config.get("branches").texts();
            boolean admitted = false;
            for (String p : patterns) {
                boolean negated = p.startsWith("!");
                if (matches(negated ? p.substring(1) : p, branch)) {
                    admitted = !negated;
                }
            }
            return patterns.isEmpty() || admitted;
        }
        return config.get("branches-ignore").texts().stream().noneMatch(p -> matches(p, branch));
    }

    /** A GitHub branch filter pattern ({@code *} within a segment, {@code **} across); a malformed one admits the branch. */
    private static boolean matches(String pattern, String branch) {
        try {
            return Glob.path(pattern.strip()).matches(branch);
        } catch (GlobSyntaxException e) {
            return true;
        }
    }
}
