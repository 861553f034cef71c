package dev.maturity.probes.mlflow.runs;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import java.util.Comparator;
import java.util.List;

/** Training data is versioned on the tracking server: runs record the datasets they trained on with a digest. */
public final class DatasetDigestsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.dataset-digests",
            "Do runs record the datasets they read, with a content digest (inputs.dataset_inputs)?",
            "Log training data with mlflow.log_input(mlflow.data.from_pandas(...)) so each run records a dataset digest.",
            "EU-AI-Act:Art.10", "NIST-AI-RMF:MAP-4.1", "ISO-42001:A.7.5");

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
        List<Run> digested = facts.of(Run.class).stream().filter(r -> !r.trainedOn().isEmpty())
                .sorted(Comparator.comparing(Run::forVersion).reversed()).toList();
        if (digested.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), facts.of(Run.class).size()
                    + " run(s) read, none with a digest of the data it trained on", List.of());
        }
        return Finding.met(METADATA.id(), digested.size() + " run(s) record dataset digests",
                MlflowProbes.first(digested, 5).stream().map(r -> {
                    Run.DatasetInput d = r.trainedOn().get(0);
                    return r.evidence().withDetail("run " + r.runId() + " read dataset " + d.name() + " digest " + d.digest());
                }).toList());
    }
}
