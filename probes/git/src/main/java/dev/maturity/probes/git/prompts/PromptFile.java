package dev.maturity.probes.git.prompts;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A prompt kept as a file, with evidence pointing at the template's lines. Empty files and files
 * with front matter but no template are not prompt files (see {@link IgnoredPromptFile}).
 */
public record PromptFile(String repo, String path, PromptFormat format, Evidence evidence) implements Fact {
}
