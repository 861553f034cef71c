/** Whether the tracking server shows classical or LLM work, so the rubric knows which tracks apply. */
package dev.maturity.probes.mlflow.detect;
