/** The extension points: collectors (all I/O) and probes (pure questions), found with ServiceLoader. */
package dev.maturity.core.spi;
