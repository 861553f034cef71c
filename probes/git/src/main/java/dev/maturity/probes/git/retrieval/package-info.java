/** Retrieval governance: embedding model and index parameters pinned in versioned config. */
package dev.maturity.probes.git.retrieval;
