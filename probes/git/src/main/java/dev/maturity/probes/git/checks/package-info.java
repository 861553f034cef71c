/** Probes asking whether data quality, fairness, drift, skew and data-contract checks are run by CI, a schedule or a pipeline, not only written. */
package dev.maturity.probes.git.checks;
