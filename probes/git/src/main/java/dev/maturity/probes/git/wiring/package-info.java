/** Which repository files a CI job, DVC stage or MLflow Project entry point runs: the step from declared to wired. */
package dev.maturity.probes.git.wiring;
