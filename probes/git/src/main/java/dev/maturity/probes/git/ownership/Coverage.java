package dev.maturity.probes.git.ownership;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a set of paths the CODEOWNERS in force gives an owner: the rules that cover them, and the
 * paths left without one. Paths are keyed by repository, as several repositories may be scanned.
 */
record Coverage(Map<OwnerRule, Integer> covering, List<RepoPath> uncovered, List<CodeOwners> files) {

    static final int MAX_RULES = 25;

    /**
     * A path in one repository. Its equals and hashCode are written out (a set of them dedupes the
     * ML paths): a record's generated ones bootstrap java.lang.runtime.ObjectMethods on first use,
     * a cost a small scan pays at start-up (docs/benchmarks.md, start-up).
     */
    record RepoPath(String repo, String path) {
        @Override
        public boolean equals(Object other) {
            return other instanceof RepoPath o && Objects.equals(repo, o.repo) && Objects.equals(path, o.path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(repo, path);
        }
    }

    static Coverage of(Facts facts, List<RepoPath> paths) {
        Map<String, CodeOwners> byRepo = new LinkedHashMap<>();
        facts.of(CodeOwners.class).forEach(c -> byRepo.putIfAbsent(c.repo(), c));
        Map<OwnerRule, Integer> covering = new LinkedHashMap<>();
        List<RepoPath> uncovered = new ArrayList<>();
        for (RepoPath p : paths) {
            List<OwnerRule> rules = Optional.ofNullable(byRepo.get(p.repo())).map(c -> c.owning(p.path())).orElse(List.of());
            if (rules.isEmpty()) {
                uncovered.add(p);
            }
            rules.forEach(r -> covering.merge(r, 1, Integer::sum));
        }
        return new Coverage(covering, uncovered, List.copyOf(byRepo.values()));
    }

    boolean complete() {
        return uncovered.isEmpty();
    }

    /** The covering rules that own the most paths (at most {@link #MAX_RULES}), each citing how many it owns. */
    List<Evidence> ruleEvidence() {
        return covering.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<OwnerRule, Integer> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().evidence().locator()))
                .limit(MAX_RULES)
                .map(e -> e.getKey().evidence().withDetail(e.getKey().evidence().detail() + " (owns " + e.getValue()
                        + " ML path" + (e.getValue() == 1 ? "" : "s") + ")"))
                .toList();
    }

    /** The first few uncovered paths, "a, b, c and N more". */
    String uncoveredSample(int limit) {
        List<String> names = uncovered.stream().map(RepoPath::path).limit(limit).toList();
        return String.join(", ", names) + (uncovered.size() > limit ? " and " + (uncovered.size() - limit) + " more" : "");
    }
}
