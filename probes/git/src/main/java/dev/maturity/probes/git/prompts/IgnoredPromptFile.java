package dev.maturity.probes.git.prompts;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/** A file shaped like a prompt that holds none (empty, or front matter without a template): cited, never counted. */
public record IgnoredPromptFile(String repo, String path, String reason, Evidence evidence) implements Fact {
}
