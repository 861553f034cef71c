package dev.maturity.probes.git.detect;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;

/**
 * A classical ML workload lives in the repository: training code (scripts, managed training jobs,
 * training commands in build files), a training pipeline definition or model server configs;
 * notebooks count only as {@link WorkloadEvidence#notebooksCount} allows, test code and tracker
 * calls without training never.
 */
public final class ClassicalWorkloadProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.classical-workload",
            "Does the repository hold classical ML training code, pipeline definitions or model server configs?",
            "Nothing to do: this detects whether the classical track applies.");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        return Detection.decide(facts, context, Track.CLASSICAL, METADATA.id());
    }
}
