package dev.maturity.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A platform target declares the sources it reads; a request derived from it (with the scan's
 * limits, or at a baseline's ref) must keep that, or the target would read the ambient cluster and
 * tracking server of another.
 */
class ScanRequestTest {

    private final ScanRequest target = new ScanRequest(List.of("repo"), "main", Instant.parse("2026-11-30T00:00:00Z"),
            Map.of("mlflow.uri", "https://mlflow.team-a"), Map.of(), Path.of("/work"), Map.of("p", 1)).declaring(Set.of("git", "mlflow"));

    @Test
    void more_options_keep_the_declared_sources_and_the_rest() {
        ScanRequest limited = target.withOptions(Map.of(SourceLimits.TIME, "30s"));

        assertThat(limited.declared()).containsExactlyInAnyOrder("git", "mlflow");
        assertThat(limited.reads("kubernetes")).isFalse();
        assertThat(limited.options()).containsEntry("mlflow.uri", "https://mlflow.team-a").containsEntry(SourceLimits.TIME, "30s");
        assertThat(limited.parameters()).containsEntry("p", 1);
    }

    @Test
    void another_ref_changes_the_ref_only() {
        ScanRequest baseline = target.atRef("origin/main");

        assertThat(baseline.ref()).isEqualTo("origin/main");
        assertThat(baseline).isEqualTo(new ScanRequest(target.gitTargets(), "origin/main", target.asOf(), target.options(),
                target.environment(), target.workDir(), target.parameters(), target.declared()));
    }
}
