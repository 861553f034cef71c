/** Tekton: Pipelines, Tasks, PipelineRuns and Triggers of the repository read into CI jobs. */
package dev.maturity.probes.git.ci.tekton;
