package dev.maturity.probes.git.ownership;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor.Sink;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Prow-style {@code OWNERS} files (Kubernetes projects): YAML with {@code approvers} and
 * {@code reviewers} (users or {@code OWNERS_ALIASES} aliases), each owning its directory and
 * everything below it. Read as one ownership file whose rules are the OWNERS files, one section each,
 * so a path is owned when any OWNERS file above it names someone. A file with no one in it owns nothing.
 */
final class ProwOwners {

    private ProwOwners() {
    }

    static void read(RepoSnapshot repo, Sink sink) {
        List<OwnerRule> rules = new ArrayList<>();
        String first = null;
        for (RepoFile f : repo.files(f -> f.name().equals("OWNERS") && !repo.ignored(f.path()))) {
            YamlNode doc;
            try {
                doc = SafeYaml.parse(repo.text(f.path()).orElse(""));
            } catch (YamlParseException e) {
                sink.unreadable(f.path(), e.line(), "OWNERS is not valid YAML: " + e.getMessage());
                continue;
            }
            Set<String> owners = new LinkedHashSet<>(doc.get("approvers").texts());
            owners.addAll(doc.get("reviewers").texts());
            for (YamlNode filter : doc.get("filters").entries().values()) {
                owners.addAll(filter.get("approvers").texts());
                owners.addAll(filter.get("reviewers").texts());
            }
            String dir = f.dir().isEmpty() ? "/" : "/" + f.dir() + "/";
            int lines = (int) repo.text(f.path()).orElse("").lines().count();
            rules.add(new OwnerRule(OwnerPattern.compile(dir.equals("/") ? "*" : dir), List.copyOf(owners), 1, f.path(), false,
                    repo.evidence(f.path(), 1, Math.max(1, lines), Strength.DECLARED, "OWNERS file for " + dir + ": "
                            + (owners.isEmpty() ? "no one" : String.join(", ", owners.stream().limit(5).toList())))));
            first = first == null ? f.path() : first;
        }
        if (rules.isEmpty()) {
            return;
        }
        sink.fact(new CodeOwners(repo.name(), first, CodeOwners.Flavor.PROW, rules, List.of(),
                repo.evidence(first, 1, 1, Strength.DECLARED, rules.size() + " Prow OWNERS file(s)")));
    }
}
