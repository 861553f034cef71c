/** Immutable values: axes, tracks, outcomes, evidence and its provenance. Stable API. */
package dev.maturity.core.model;
