package dev.maturity.probes.git.prompts;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * Code that fetches a prompt from LangChain Hub / LangSmith at run time ({@code hub.pull("owner/name")},
 * {@code client.pull_prompt(...)}): the prompt is versioned elsewhere, not in this repository.
 */
public record PromptHubPull(String repo, String path, int line, String handle, Evidence evidence) implements Fact {
}
