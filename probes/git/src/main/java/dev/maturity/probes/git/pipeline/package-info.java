/**
 * Pipelines: their definitions (DVC, MLflow Projects, Kubeflow), whether pipeline and application
 * code is committed, whether CI tests them on every change, and whether they run on a schedule.
 */
package dev.maturity.probes.git.pipeline;
