package dev.maturity.core.testing;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.KubernetesLocation;
import dev.maturity.core.model.MlflowLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.rubric.Criterion;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.Scorer;
import dev.maturity.core.score.Summary;
import dev.maturity.core.spi.SourceReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a report the way a scan of a real platform would leave it: the default rubric's criteria,
 * levels computed by the real {@link Scorer}, evidence with git, MLflow and Kubernetes locations.
 * Each axis x track is MET up to a chosen level and NOT_MET above; single criteria can be overridden.
 */
public final class SampleReport {

    public static final String REPO = "support-bot";
    public static final String COMMIT = "4f2c9a1e7b3d5f60718293a4b5c6d7e8f9012345";
    public static final String MLFLOW = "https://mlflow.example.com";
    /** The scanner's version as a jar built from a git checkout names it. */
    public static final String VERSION = "0.1.0+741b8ec7cbeb";

    private final Rubric rubric = RubricLoader.loadDefault();
    private final Map<String, Integer> levels = new HashMap<>();
    private final Map<String, Outcome> overrides = new HashMap<>();
    private final Map<String, List<Evidence>> evidence = new HashMap<>();
    private final Map<Track, Boolean> applicable = new EnumMap<>(Map.of(Track.CLASSICAL, true, Track.LLM, true));
    private String remote = "https://github.com/acme/support-bot.git";
    private String rubricVersion;

    /** Every axis at level 1 on both tracks until set. */
    public static SampleReport platform() {
        return new SampleReport();
    }

    public SampleReport level(Axis axis, Track track, int level) {
        levels.put(axis.id() + "|" + track.id(), level);
        return this;
    }

    /** Sets a criterion's outcome on both tracks. */
    public SampleReport outcome(String criterionId, Outcome outcome) {
        overrides.put(criterionId, outcome);
        return this;
    }

    public SampleReport outcome(String criterionId, Track track, Outcome outcome) {
        overrides.put(criterionId + "|" + track.id(), outcome);
        return this;
    }

    /** Sets the evidence a criterion cites (on both tracks). */
    public SampleReport evidence(String criterionId, Evidence... cited) {
        evidence.put(criterionId, List.of(cited));
        return this;
    }

    public SampleReport without(Track track) {
        applicable.put(track, false);
        return this;
    }

    public SampleReport remote(String uri) {
        this.remote = uri;
        return this;
    }

    public SampleReport rubricVersion(String version) {
        this.rubricVersion = version;
        return this;
    }

    public Report build() {
        List<AxisResult> axes = new ArrayList<>();
        Map<Track, Finding> detection = new EnumMap<>(Track.class);
        for (Track t : Track.values()) {
            boolean on = applicable.get(t);
            detection.put(t, on ? Finding.met("detection." + t.id(), t.id() + " workload in " + REPO,
                    List.of(new Evidence(GitLocation.lines(REPO, COMMIT, t == Track.LLM ? "app/chain.py" : "train/train.py", 1, 12),
                            Strength.DECLARED, "sha256:aa", t == Track.LLM ? "imports langchain" : "imports sklearn")))
                    : Finding.notMet("detection." + t.id(), "no " + t.id() + " workload found in " + REPO, List.of()));
            for (Axis axis : Axis.values()) {
                List<CriterionResult> results = new ArrayList<>();
                for (Criterion c : rubric.criteria(axis, t)) {
                    results.add(result(c, t, on));
                }
                axes.add(Scorer.levels(axis, t, on, results));
            }
        }
        Summary summary = new Scorer(rubric, Map.of()).summarize(axes, detection);
        List<SourceReport> sources = List.of(SourceReport.ok("git", remote, COMMIT),
                SourceReport.ok("mlflow", MLFLOW, null),
                SourceReport.ok("kubernetes", "prod-eu", null));
        return new Report(Report.SCHEMA_VERSION, new Report.Tool("maturity", VERSION), "2026-11-30T12:00:00Z",
                "2026-11-30T12:00:00Z", new Report.RubricRef(rubric.id(), rubricVersion == null ? rubric.version() : rubricVersion,
                rubricVersion == null ? rubric.digest() : "sha256:" + rubricVersion), sources, summary, axes,
                List.of(new Report.UnreadableEntry("git", GitLocation.lines(REPO, COMMIT, "deploy/values.yaml", 7, 7).locator(),
                        "mapping values are not allowed here")));
    }

    private CriterionResult result(Criterion c, Track t, boolean on) {
        Outcome o;
        if (!on) {
            o = Outcome.NOT_APPLICABLE;
        } else {
            int level = levels.getOrDefault(c.axis().id() + "|" + t.id(), 1);
            o = overrides.getOrDefault(c.id() + "|" + t.id(), overrides.getOrDefault(c.id(),
                    c.level() <= level ? Outcome.MET : Outcome.NOT_MET));
        }
        String summary = switch (o) {
            case MET -> "found: " + c.question().toLowerCase().replace("?", "");
            case NOT_MET -> "not found in " + REPO + "@" + COMMIT.substring(0, 12);
            case UNKNOWN -> "mlflow was not configured (set --mlflow or MLFLOW_TRACKING_URI)";
            default -> "no " + t.id() + " workload detected";
        };
        List<Evidence> cited = evidence.containsKey(c.id()) && on ? evidence.get(c.id()) : switch (o) {
            case MET -> List.of(evidence(c));
            case NOT_MET -> List.of(new Evidence(GitLocation.commit(REPO, COMMIT), Strength.DECLARED, null,
                    "tree of 214 files at " + COMMIT));
            default -> List.of();
        };
        return new CriterionResult(c.id(), c.level(), c.question(), o, summary, c.remediation(), c.references(),
                c.probes().toString(), c.minStrength().id(), cited, null, c.group());
    }

    private static Evidence evidence(Criterion c) {
        String probe = c.probes().probeIds().findFirst().orElse("");
        if (probe.startsWith("kubernetes.")) {
            return new Evidence(new KubernetesLocation("prod-eu", "ml-serving", "argoproj.io/v1alpha1", "Rollout",
                    "fraud-scorer", "0b7e6f1c-2d4a-4b8e-9c1f-3a5d7e9f1b2c", "812734"), Strength.LIVE, "sha256:bb",
                    "canary steps 10/50/100 with analysis template error-rate");
        }
        if (probe.startsWith("mlflow.")) {
            return new Evidence(MlflowLocation.modelVersion(MLFLOW, "fraud-scorer", "14", "9d1c2b3a4e5f"), Strength.LIVE,
                    "sha256:cc", "version 14 holds alias champion");
        }
        String path = switch (c.axis()) {
            case REPRODUCIBILITY -> "poetry.lock";
            case EVALUATION -> ".github/workflows/eval.yml";
            case DEPLOYMENT -> "deploy/rollout.yaml";
            case OBSERVABILITY -> "deploy/servicemonitor.yaml";
            case GOVERNANCE -> ".github/CODEOWNERS";
        };
        return new Evidence(GitLocation.lines(REPO, COMMIT, path, 12, 18), Strength.WIRED, "sha256:dd",
                "matched for " + c.id());
    }
}
