/** Buildkite: pipeline steps, waits, blocks and uploaded pipeline files read into CI jobs. */
package dev.maturity.probes.git.ci.buildkite;
