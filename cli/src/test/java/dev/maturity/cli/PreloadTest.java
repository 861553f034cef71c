package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.scan.Registry;
import org.junit.jupiter.api.Test;

class PreloadTest {

    @Test
    void the_preloaded_rubric_and_registry_are_what_the_scan_would_have_built_itself() {
        Preload preload = Preload.begin();

        Rubric rubric = preload.rubric();
        Registry registry = preload.discovered();

        assertThat(rubric).isEqualTo(RubricLoader.loadDefault());
        Registry discovered = Registry.discover();
        assertThat(registry.collectors().keySet()).containsExactlyElementsOf(discovered.collectors().keySet());
        assertThat(registry.probes().keySet()).containsExactlyElementsOf(discovered.probes().keySet());
        assertThat(preload.rubric()).isSameAs(rubric);
    }
}
