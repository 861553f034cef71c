package dev.maturity.probes.mlflow.prompts;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import java.util.List;

/** Prompts are versioned artefacts in the MLflow prompt registry. */
public final class PromptRegistryProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.prompt-registry",
            "Does the MLflow prompt registry hold versioned prompts?",
            "Register prompts with mlflow.genai.register_prompt and load them by name and version.",
            "EU-AI-Act:Art.11", "ISO-42001:A.6.2.7");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.PROMPTS);
        if (unread.isPresent()) {
            return unread.get();
        }
        List<PromptVersion> versions = facts.of(PromptVersion.class).stream().filter(PromptVersion::hasText).toList();
        if (versions.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), "no prompt with a template in the prompt registry", List.of());
        }
        long prompts = versions.stream().map(PromptVersion::prompt).distinct().count();
        return Finding.met(METADATA.id(), prompts + " prompt(s) with " + versions.size() + " version(s) in the registry",
                MlflowProbes.first(versions, 10).stream().map(PromptVersion::evidence).toList());
    }
}
