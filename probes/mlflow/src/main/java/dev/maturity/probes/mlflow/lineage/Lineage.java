package dev.maturity.probes.mlflow.lineage;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.mlflow.registry.ModelVersion;
import dev.maturity.probes.mlflow.registry.ProductionVersions;
import dev.maturity.probes.mlflow.runs.Run;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Production versions joined to the runs they came from, and, when the scanned repository is the
 * one a run names in {@code mlflow.source.git.repoURL}, to that repository at the run's commit.
 */
public final class Lineage {

    public static final List<String> DEFAULT_ALIASES = List.of("champion", "production", "prod");

    private Lineage() {
    }

    /** A production version and its run (empty when the version names no run or the run is gone). */
    public record Link(ProductionVersions.Production production, Optional<Run> run) {

        public ModelVersion version() {
            return production.version();
        }

        public boolean hasCommit() {
            return run.map(r -> !r.gitCommit().isBlank()).orElse(false);
        }

        public boolean hasDigest() {
            return run.map(r -> !r.trainedOn().isEmpty()).orElse(false);
        }

        /** What is missing for a full lineage, in words; empty when nothing is. */
        public List<String> gaps(boolean digestRequired) {
            List<String> gaps = new ArrayList<>();
            if (version().runId().isEmpty()) {
                gaps.add("no run");
            } else if (run.isEmpty()) {
                gaps.add("run " + version().runId() + " not found");
            } else {
                if (!hasCommit()) {
                    gaps.add("no git commit");
                }
                if (digestRequired && !hasDigest()) {
                    gaps.add("no dataset digest");
                }
            }
            return gaps;
        }
    }

    public static List<String> productionAliases(ProbeContext ctx) {
        return ctx.list("mlflow.production-aliases", DEFAULT_ALIASES);
    }

    /** Each model's production version with its run. */
    public static List<Link> production(Facts facts, ProbeContext ctx) {
        Map<String, Run> runs = runsById(facts);
        return ProductionVersions.resolve(facts.of(ModelVersion.class), productionAliases(ctx)).stream()
                .map(p -> new Link(p, Optional.ofNullable(runs.get(p.version().runId())))).toList();
    }

    public static Map<String, Run> runsById(Facts facts) {
        Map<String, Run> out = new HashMap<>();
        facts.of(Run.class).forEach(r -> out.putIfAbsent(r.runId(), r));
        return out;
    }

    /** Evidence for one link: the version, its run, and the scanned repository at the run's commit when it is the run's repository. */
    public static List<Evidence> evidence(Facts facts, Link link) {
        List<Evidence> ev = new ArrayList<>();
        ev.add(link.version().evidence().withDetail(link.version().evidence().detail() + " (" + link.production().chosenBy() + ")"));
        link.run().ifPresent(r -> {
            ev.add(r.evidence().withDetail(describe(r)));
            ev.addAll(gitLinks(facts, link.version(), r));
        });
        return ev;
    }

    /** The run's lineage in one line: commit, source type, datasets. */
    static String describe(Run r) {
        StringBuilder sb = new StringBuilder("run ").append(r.runId());
        sb.append(r.gitCommit().isBlank() ? ", no git commit" : ", git commit " + r.gitCommit());
        if (!r.sourceType().isBlank()) {
            sb.append(", source type ").append(r.sourceType());
        }
        List<Run.DatasetInput> d = r.trainedOn();
        sb.append(d.isEmpty() ? ", no dataset digest" : ", dataset " + d.get(0).name() + " digest " + d.get(0).digest());
        return sb.toString();
    }

    /** The scanned repository at the run's commit, when the run's repoURL names a scanned repository. */
    public static List<Evidence> gitLinks(Facts facts, ModelVersion version, Run run) {
        String repo = repoName(run.tag(Run.GIT_REPO_URL));
        if (repo.isEmpty() || run.gitCommit().isBlank()) {
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        for (SourceRead s : facts.of(SourceRead.class)) {
            if (s.kind().equals("git") && repoName(s.name()).equals(repo)) {
                out.add(new Evidence(GitLocation.commit(s.name(), run.gitCommit()), Strength.LIVE, null,
                        "model version " + version.label() + " was built from this repository at commit "
                                + run.gitCommit() + " (run " + run.runId() + ")"));
            }
        }
        return out;
    }

    /** The last path segment of a repository URL or path, lower case, without {@code .git}. */
    static String repoName(String url) {
        String s = url == null ? "" : url.trim();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
        s = s.substring(slash + 1);
        if (s.endsWith(".git")) {
            s = s.substring(0, s.length() - 4);
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
