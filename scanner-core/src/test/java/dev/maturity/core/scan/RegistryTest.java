package dev.maturity.core.scan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {

    static Probe named(String id) {
        return new Probe() {
            @Override
            public ProbeMetadata metadata() {
                return ProbeMetadata.of(id, "q", "r");
            }

            @Override
            public Finding evaluate(Facts facts, ProbeContext context) {
                return Finding.unknown(id, "test");
            }
        };
    }

    @Test
    void duplicateProbeIdsFailFastNamingBothClasses() {
        assertThatThrownBy(() -> new Registry(List.of(), List.of(named("git.x"), named("git.x"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("duplicate probe id 'git.x'");
    }

    @Test
    void blankProbeIdsFailFast() {
        assertThatThrownBy(() -> new Registry(List.of(), List.of(named(" "))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("blank id");
    }
}
