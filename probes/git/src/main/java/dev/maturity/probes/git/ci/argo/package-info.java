/** Argo Workflows: Workflows, WorkflowTemplates, CronWorkflows and the Argo Events sensors that start them read into CI jobs. */
package dev.maturity.probes.git.ci.argo;
