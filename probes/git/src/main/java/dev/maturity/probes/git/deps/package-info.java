/** Dependency pinning: lock files and exact version pins. */
package dev.maturity.probes.git.deps;
