package dev.maturity.probes.git.data;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import java.util.List;

/**
 * Training data is versioned with DVC: a {@code .dvc} file or {@code dvc.lock} commits the content
 * hash of the data. A {@code dvc.yaml} or remote config without any committed hash only declares intent.
 */
public final class DataVersionedProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.data-versioned",
            "Is training data versioned by content hash (DVC .dvc files or dvc.lock)?",
            "Track datasets with DVC (dvc add, or dvc.yaml stages run with dvc repro) and commit the .dvc files and dvc.lock.",
            "EU-AI-Act:Art.10", "ISO-42001:A.7.5");

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
        List<DataVersion> all = facts.of(DataVersion.class);
        List<DataVersion> pinned = all.stream().filter(DataVersion::pinsData).toList();
        if (!pinned.isEmpty()) {
            int outs = pinned.stream().mapToInt(d -> d.hashedOuts().size()).sum();
            return Finding.met(METADATA.id(), outs + " data output(s) pinned by content hash in " + pinned.size() + " DVC file(s)",
                    all.stream().map(DataVersion::evidence).toList());
        }
        List<Evidence> partial = all.stream().map(DataVersion::evidence).toList();
        return GitProbes.notFound(facts, METADATA.id(), partial.isEmpty() ? "no DVC files"
                : "DVC is configured but no .dvc file or dvc.lock commits a data hash", partial);
    }
}
