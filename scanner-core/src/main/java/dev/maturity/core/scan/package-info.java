/** Runs a scan: discovers collectors and probes, collects facts, scores, builds the report. */
package dev.maturity.core.scan;
