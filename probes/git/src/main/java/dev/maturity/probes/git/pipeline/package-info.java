/** Probes over what CI runs as a pipeline: tests on every change, and scheduled training or re-evaluation. */
package dev.maturity.probes.git.pipeline;
