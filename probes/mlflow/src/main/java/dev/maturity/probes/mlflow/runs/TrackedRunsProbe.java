package dev.maturity.probes.mlflow.runs;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import java.util.List;

/** Training is tracked: finished runs in active experiments logged params and metrics. */
public final class TrackedRunsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.tracked-runs",
            "Do active experiments hold finished runs that logged params and metrics?",
            "Log params and metrics to MLflow from the training entry point that pipelines or CI run.",
            "EU-AI-Act:Art.12", "NIST-AI-RMF:MEASURE-2.1", "ISO-42001:A.6.2.8");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.RUNS);
        if (unread.isPresent()) {
            return unread.get();
        }
        List<Run> tracked = facts.of(Run.class).stream().filter(r -> !r.forVersion()).filter(RunKinds::training).toList();
        long experiments = tracked.stream().map(Run::experimentId).distinct().count();
        if (tracked.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), tracked.size()
                    + " finished run(s) with params and metrics in active experiments", List.of());
        }
        return Finding.met(METADATA.id(), tracked.size() + " finished run(s) with params and metrics in " + experiments
                + " active experiment(s)", MlflowProbes.first(tracked, 5).stream().map(Run::evidence).toList());
    }
}
