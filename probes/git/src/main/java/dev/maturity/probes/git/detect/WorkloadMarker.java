package dev.maturity.probes.git.detect;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A committed file that shows an LLM workload by itself, apart from SDK calls in code: a prompt
 * file, or an LLM gateway configuration (LiteLLM proxy {@code model_list}, Portkey {@code strategy}/{@code targets}).
 *
 * @param detail the gateway's models or the prompt file's kind
 */
public record WorkloadMarker(String repo, String path, Kind kind, String detail, Evidence evidence) implements Fact {

    /** What the file is. */
    public enum Kind { PROMPT_FILE, LITELLM_CONFIG, PORTKEY_CONFIG }
}
