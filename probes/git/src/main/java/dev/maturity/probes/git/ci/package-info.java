/** CI pipelines (GitHub Actions, GitLab CI) read into jobs: triggers, needs and the commands each runs. */
package dev.maturity.probes.git.ci;
