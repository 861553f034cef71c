/** Pipeline definitions (DVC, MLflow Projects, Kubeflow) and whether pipeline and application code is committed. */
package dev.maturity.probes.git.pipeline;
