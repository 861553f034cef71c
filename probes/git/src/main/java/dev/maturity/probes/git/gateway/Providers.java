package dev.maturity.probes.git.gateway;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which provider a gateway route sends to: LiteLLM's {@code provider/model} prefix, a Portkey
 * {@code provider} (or a virtual-key slug that starts with a provider's name), else the model family.
 * Routes whose provider cannot be told (environment variables, unknown families) name none.
 */
final class Providers {

    /** Provider slugs recognised at the start of a Portkey virtual-key or provider slug. */
    private static final Set<String> KNOWN = Set.of("openai", "azure", "azure-openai", "anthropic", "bedrock", "vertex",
            "vertex-ai", "google", "gemini", "cohere", "mistral", "mistral-ai", "groq", "together", "together-ai", "fireworks",
            "fireworks-ai", "ollama", "perplexity", "deepseek", "openrouter", "huggingface", "xai", "ai21", "anyscale", "nvidia");

    private Providers() {
    }

    /** The provider of a LiteLLM model string, or empty when it cannot be told. */
    static Optional<String> ofModel(String model, String explicitProvider) {
        if (explicitProvider != null && !explicitProvider.isBlank()) {
            return Optional.of(explicitProvider.strip().toLowerCase(Locale.ROOT));
        }
        String m = model.strip().toLowerCase(Locale.ROOT);
        if (m.startsWith("os.environ/")) {
            return Optional.empty();
        }
        int slash = m.indexOf('/');
        if (slash > 0) {
            return Optional.of(m.substring(0, slash));
        }
        if (m.startsWith("gpt-") || m.startsWith("chatgpt") || m.matches("o\\d.*") || m.startsWith("text-embedding")
                || m.startsWith("dall-e") || m.startsWith("whisper")) {
            return Optional.of("openai");
        }
        if (m.startsWith("claude")) {
            return Optional.of("anthropic");
        }
        if (m.startsWith("gemini")) {
            return Optional.of("gemini");
        }
        if (m.startsWith("command")) {
            return Optional.of("cohere");
        }
        if (m.startsWith("mistral") || m.startsWith("mixtral") || m.startsWith("codestral")) {
            return Optional.of("mistral");
        }
        return Optional.empty();
    }

    /** The provider a Portkey slug ({@code @openai-prod}, {@code anthropic-virtual-key}) names, or empty. */
    static Optional<String> ofSlug(String slug) {
        String s = slug.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
        for (String k : KNOWN) {
            if (s.equals(k) || s.startsWith(k + "-") || s.startsWith(k + "_") || s.startsWith(k + "/")) {
                return Optional.of(k.replaceFirst("-(openai|ai)$", ""));
            }
        }
        return Optional.empty();
    }
}
