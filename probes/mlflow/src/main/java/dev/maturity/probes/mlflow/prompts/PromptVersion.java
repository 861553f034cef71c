package dev.maturity.probes.mlflow.prompts;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One version of a prompt in the MLflow prompt registry (a registered model tagged
 * {@code mlflow.prompt.is_prompt}), with the runs it is linked to.
 */
public record PromptVersion(String prompt, String version, boolean hasText, List<String> associatedRunIds,
                            long createdAt, Evidence evidence) implements Fact {

    public static final String IS_PROMPT = "mlflow.prompt.is_prompt";
    public static final String TEXT = "mlflow.prompt.text";
    public static final String ASSOCIATED_RUNS = "mlflow.prompt.associatedRunIds";

    public PromptVersion {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(version, "version");
        associatedRunIds = List.copyOf(associatedRunIds);
        Objects.requireNonNull(evidence, "evidence");
    }

    public String label() {
        return prompt + "/" + version;
    }
}
