package dev.maturity.probes.git.gateway;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * An LLM gateway's routing config: the providers it can send to, how many model entries or targets
 * it lists, and whether it falls back from one to another when a call fails.
 *
 * @param providers distinct providers, sorted (e.g. {@code anthropic}, {@code azure}, {@code openai})
 * @param routes    model entries (LiteLLM {@code model_list}) or targets (Portkey)
 */
public record GatewayConfig(String repo, String path, GatewayKind kind, List<String> providers, int routes,
                            boolean fallbacks, Evidence evidence) implements Fact {

    public GatewayConfig {
        providers = List.copyOf(providers);
    }

    /** Several providers and fallbacks between them: a swap can be made without a code change. */
    public boolean swappable() {
        return providers.size() >= 2 && fallbacks;
    }

    /** What keeps this config from supporting a planned swap, or empty. */
    public String shortfall() {
        if (swappable()) {
            return "";
        }
        String p = providers.isEmpty() ? "no known provider" : providers.size() == 1 ? "only 1 provider (" + providers.get(0) + ")" : "";
        String f = fallbacks ? "" : "no fallbacks";
        return p.isEmpty() ? f : f.isEmpty() ? p : p + " and " + f;
    }
}
