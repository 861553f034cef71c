package dev.maturity.cli;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import java.util.List;

/**
 * Test-only detection probe: a git repository was read. Lets the gate tests score a classical track
 * from the real git collector without depending on which workload probes are installed.
 */
public final class RepositoryReadProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("test.repository-read", "Was a git repository read?",
            "Scan a repository.");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        List<SourceRead> read = facts.of(SourceRead.class).stream().filter(s -> s.kind().equals("git")).toList();
        return read.isEmpty() ? Finding.notMet(METADATA.id(), "no repository read", List.of())
                : Finding.met(METADATA.id(), "read " + read.get(0).name(), read.stream().map(SourceRead::evidence).toList());
    }
}
