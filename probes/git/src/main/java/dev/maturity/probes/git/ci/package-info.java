/**
 * CI pipelines of every system the scanner knows read into one model of jobs ({@link dev.maturity.probes.git.ci.CiJob}):
 * triggers, needs, the commands each runs and the files they run, whether a failure fails the run, secret names.
 * {@link dev.maturity.probes.git.ci.CiSystem} keys systems by path; one reader per system (GitHub Actions and GitLab CI
 * here, the others in subpackages), created only when the tree holds that system's files; systems without a reader,
 * and configurations a reader cannot interpret, are reported as present and not read.
 */
package dev.maturity.probes.git.ci;
