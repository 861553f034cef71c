package dev.maturity.probes.git.gateway;

import java.util.Locale;

/** Which provider a gateway model string routes to, as LiteLLM reads it ({@code provider/model}, else by model family). */
final class Providers {

    private Providers() {
    }

    static String of(String model, String explicitProvider) {
        if (explicitProvider != null && !explicitProvider.isBlank()) {
            return explicitProvider.strip().toLowerCase(Locale.ROOT);
        }
        String m = model.strip().toLowerCase(Locale.ROOT);
        int slash = m.indexOf('/');
        if (slash > 0) {
            return m.substring(0, slash);
        }
        if (m.startsWith("gpt-") || m.startsWith("chatgpt") || m.matches("o\\d.*") || m.startsWith("text-embedding")
                || m.startsWith("dall-e") || m.startsWith("whisper")) {
            return "openai";
        }
        if (m.startsWith("claude")) {
            return "anthropic";
        }
        if (m.startsWith("gemini")) {
            return "gemini";
        }
        if (m.startsWith("command")) {
            return "cohere";
        }
        if (m.startsWith("mistral") || m.startsWith("mixtral") || m.startsWith("codestral")) {
            return "mistral";
        }
        return "unknown:" + m;
    }
}
