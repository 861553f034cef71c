package dev.maturity.core.facts;

import dev.maturity.core.model.Evidence;

/**
 * A typed fact a collector read from a source. Each source module defines its own fact records;
 * probes select them by type. Every fact carries the evidence that proves it.
 */
public interface Fact {
    Evidence evidence();
}
