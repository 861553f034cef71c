package dev.maturity.probes.git.code;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A line of source code that shows use of a tool, e.g. {@code import mlflow} and
 * {@code mlflow.log_metric(} in {@code train.py}. Strength {@code declared}; a probe upgrades it
 * to {@code wired} when something that runs (a CI job, a DVC stage) runs that file.
 */
public record CodeSignal(String repo, String path, int line, Signal signal, String tool, Evidence evidence) implements Fact {
}
