/** The MLflow 3 prompt registry: prompt versions and their linked runs. */
package dev.maturity.probes.mlflow.prompts;
