package dev.maturity.probes.git.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Availability;
import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.docs.HumanOverridePathProbe;
import dev.maturity.probes.git.docs.ModelCardsProbe;
import dev.maturity.probes.git.gateway.ModelSwapProcedureProbe;
import dev.maturity.probes.git.prompts.PromptFilesProbe;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without a scanned tree, nothing is absent: every governance probe answers UNKNOWN with the collector's reason. */
class UnreadTreeTest {

    @Test
    void everyProbeIsUnknownWhenNoRepositoryWasScanned() {
        Facts facts = Facts.builder()
                .availability(Availability.unavailable(GitCollector.TREE, "no git repository was scanned")).build();
        List<Probe> probes = List.of(new PromptFilesProbe(), new CodeOwnersCoverMlPathsProbe(), new ToolCatalogueOwnedProbe(),
                new OwnersOnCallProbe(), new ModelSwapProcedureProbe(), new ModelCardsProbe(), new HumanOverridePathProbe());
        for (Probe p : probes) {
            Finding f = p.evaluate(facts, new ProbeContext(Track.LLM, Instant.EPOCH, null));
            assertThat(f.outcome()).as(p.id()).isEqualTo(Outcome.UNKNOWN);
            assertThat(f.summary()).as(p.id()).isEqualTo("no git repository was scanned");
        }
    }
}
