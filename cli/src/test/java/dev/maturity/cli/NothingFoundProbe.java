package dev.maturity.cli;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;

/** Test-only probe for a practice the fixture repositories never show: NOT_MET, citing the tree it searched. */
public final class NothingFoundProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("test.nothing-found", "Is the practice in the repository?",
            "Adopt the practice.");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        return Finding.notMet(METADATA.id(), "searched the tree, found nothing",
                facts.of(SourceRead.class).stream().map(SourceRead::evidence).toList());
    }
}
