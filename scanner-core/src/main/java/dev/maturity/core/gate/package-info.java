/** The CI gate: compares a report with a baseline and floors, and says which criteria broke it. */
package dev.maturity.core.gate;
