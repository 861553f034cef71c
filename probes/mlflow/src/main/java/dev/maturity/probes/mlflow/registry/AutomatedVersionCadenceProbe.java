package dev.maturity.probes.mlflow.registry;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.glob.Glob;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import dev.maturity.probes.mlflow.lineage.Lineage;
import dev.maturity.probes.mlflow.runs.Run;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Versions are created at a regular cadence by an automation identity: in the window before the
 * scan, at least {@code mlflow.cadence.min-versions} versions created by an identity matching
 * {@code bot.identities} (the version's {@code user_id}, else its run's {@code mlflow.user}), with
 * no gap between them, or since the last, longer than {@code mlflow.cadence.max-gap-days}.
 */
public final class AutomatedVersionCadenceProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.automated-version-cadence",
            "Are model versions created at a regular cadence by an automation identity?",
            "Retrain and register versions from a scheduled pipeline running under a service identity.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MANAGE-4.1", "ISO-42001:A.6.2.6");

    static final List<String> DEFAULT_BOTS = List.of("*[bot]*", "*-bot*", "*bot@*", "github-actions*", "gitlab-ci*",
            "ci@*", "*pipeline*", "*automation*");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.REGISTRY);
        if (unread.isPresent()) {
            return unread.get();
        }
        int windowDays = context.integer("mlflow.cadence.window-days", 90);
        int minVersions = context.integer("mlflow.cadence.min-versions", 3);
        int maxGapDays = context.integer("mlflow.cadence.max-gap-days", 31);
        List<Glob> bots = context.list("bot.identities", DEFAULT_BOTS).stream().map(AutomatedVersionCadenceProbe::glob).toList();
        Map<String, Run> runs = Lineage.runsById(facts);
        Instant from = context.asOf().minus(Duration.ofDays(windowDays));
        List<ModelVersion> automated = new ArrayList<>();
        for (ModelVersion v : facts.of(ModelVersion.class)) {
            Instant created = Instant.ofEpochMilli(v.createdAt());
            String who = identity(v, runs);
            if (created.isAfter(from) && !created.isAfter(context.asOf()) && bots.stream().anyMatch(p -> p.matches(who.toLowerCase(Locale.ROOT)))) {
                automated.add(v);
            }
        }
        automated.sort(Comparator.comparingLong(ModelVersion::createdAt));
        long maxGap = 0;
        for (int i = 1; i < automated.size(); i++) {
            maxGap = Math.max(maxGap, automated.get(i).createdAt() - automated.get(i - 1).createdAt());
        }
        if (!automated.isEmpty()) {
            maxGap = Math.max(maxGap, context.asOf().toEpochMilli() - automated.get(automated.size() - 1).createdAt());
        }
        long gapDays = Duration.ofMillis(maxGap).toDays();
        List<Evidence> ev = automated.stream().map(v -> v.evidence().withDetail("model version " + v.label()
                + " created " + Instant.ofEpochMilli(v.createdAt()) + " by " + identity(v, runs))).toList();
        if (automated.size() >= minVersions && gapDays <= maxGapDays) {
            return Finding.met(METADATA.id(), automated.size() + " version(s) created by automation in the last "
                    + windowDays + " days, at most " + gapDays + " days apart", MlflowProbes.first(ev, 10));
        }
        String why = automated.size() < minVersions
                ? automated.size() + " version(s) created by an automation identity in the last " + windowDays + " days (need " + minVersions + ")"
                : "automated versions are up to " + gapDays + " days apart (at most " + maxGapDays + " allowed)";
        return MlflowProbes.notFound(facts, METADATA.id(), why, MlflowProbes.first(ev, 10));
    }

    private static String identity(ModelVersion v, Map<String, Run> runs) {
        if (!v.userId().isBlank()) {
            return v.userId();
        }
        Run r = runs.get(v.runId());
        return r == null ? "" : r.tag(Run.USER);
    }

    /** A bot identity glob ({@code *} any text, {@code ?} one character), matched case-insensitively in linear time. */
    static Glob glob(String glob) {
        return Glob.text(glob.toLowerCase(Locale.ROOT));
    }
}
