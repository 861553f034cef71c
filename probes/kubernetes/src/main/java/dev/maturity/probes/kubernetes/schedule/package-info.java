/** Scheduled retraining: CronJobs, Argo CronWorkflows and Kubeflow ScheduledWorkflows that train. */
package dev.maturity.probes.kubernetes.schedule;
