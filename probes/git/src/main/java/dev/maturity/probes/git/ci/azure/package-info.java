/** Azure Pipelines: pipelines, stages, jobs, steps and repository templates read into CI jobs. */
package dev.maturity.probes.git.ci.azure;
