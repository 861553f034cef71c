package dev.maturity.core.spi;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;

/**
 * Answers one question from collected facts. Pure: no I/O, same facts give the same finding.
 * Implementations are listed in {@code META-INF/services/dev.maturity.core.spi.Probe}.
 * When a domain it needs is unavailable, it answers {@code UNKNOWN} with the reason.
 */
public interface Probe {

    ProbeMetadata metadata();

    Finding evaluate(Facts facts, ProbeContext context);

    default String id() {
        return metadata().id();
    }
}
