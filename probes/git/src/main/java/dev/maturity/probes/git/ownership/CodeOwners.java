package dev.maturity.probes.git.ownership;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CODEOWNERS file in force (GitHub: first of .github/, root, docs/; GitLab: also .gitlab/, with
 * sections) and its rules, or, when there is none, the Prow-style {@code OWNERS} files of the tree.
 * GitHub: the last matching rule decides. GitLab and Prow: each section decides on its own by its
 * last matching rule, and a path is owned when any section gives it owners.
 *
 * @param shadowed other CODEOWNERS files present but not in force
 */
public record CodeOwners(String repo, String path, Flavor flavor, List<OwnerRule> rules, List<String> shadowed,
                         Evidence evidence) implements Fact {

    /**
     * Which semantics the file follows. PROW: Kubernetes-style {@code OWNERS} files, each owning its
     * directory; owners accumulate from every ancestor's file (one section per file).
     */
    public enum Flavor { GITHUB, GITLAB, PROW }

    public CodeOwners {
        rules = List.copyOf(rules);
        shadowed = List.copyOf(shadowed);
    }

    /** The rules that give the path its owners; empty when it is unowned. */
    public List<OwnerRule> owning(String repoPath) {
        if (flavor == Flavor.GITHUB) {
            for (int i = rules.size() - 1; i >= 0; i--) {
                OwnerRule r = rules.get(i);
                if (r.matches(repoPath)) {
                    return r.hasOwners() ? List.of(r) : List.of();
                }
            }
            return List.of();
        }
        Map<String, OwnerRule> lastBySection = new LinkedHashMap<>();
        for (OwnerRule r : rules) {
            if (r.matches(repoPath)) {
                lastBySection.put(r.section().toLowerCase(java.util.Locale.ROOT), r);
            }
        }
        List<OwnerRule> out = new ArrayList<>();
        lastBySection.values().stream().filter(OwnerRule::hasOwners).forEach(out::add);
        return out;
    }
}
