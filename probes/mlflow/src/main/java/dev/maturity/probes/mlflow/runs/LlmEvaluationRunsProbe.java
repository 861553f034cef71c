package dev.maturity.probes.mlflow.runs;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import java.util.List;

/** LLM eval results are recorded: runs carry MLflow GenAI evaluation metrics ({@code toxicity/v1/mean}, …). */
public final class LlmEvaluationRunsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.llm-evaluation-runs",
            "Does the tracking server hold LLM evaluation runs (mlflow.evaluate with GenAI metrics)?",
            "Run mlflow.evaluate (or mlflow.genai.evaluate) over an eval dataset and log the results to MLflow.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MEASURE-2.3", "ISO-42001:A.6.2.4");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.RUNS);
        if (unread.isPresent()) {
            return unread.get();
        }
        List<Run> evals = facts.of(Run.class).stream().filter(RunKinds::llmEvaluation).toList();
        if (evals.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), facts.of(Run.class).size()
                    + " run(s) read, none with LLM evaluation metrics", List.of());
        }
        return Finding.met(METADATA.id(), evals.size() + " LLM evaluation run(s)",
                MlflowProbes.first(evals, 5).stream().map(r -> r.evidence().withDetail("run " + r.runId()
                        + " evaluation metrics: " + String.join(", ", MlflowProbes.first(
                        r.metricKeys().stream().sorted().filter(k -> k.contains("/")).toList(), 4)))).toList());
    }
}
