package dev.maturity.core.spi;

/** How reading one source went. */
public enum SourceStatus {
    OK, UNAVAILABLE, FORBIDDEN, ERROR, NOT_CONFIGURED
}
