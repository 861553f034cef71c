package dev.maturity.probes.git.gateway;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.docs.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads LLM gateway configs: LiteLLM ({@code model_list[].litellm_params.model}, fallbacks under
 * {@code router_settings} or {@code litellm_settings}) and Portkey ({@code strategy.mode} with
 * {@code targets[]}, nested targets included). A route whose provider cannot be told (a model named
 * by an environment variable, an unknown family or slug) is not counted as a provider. Secrets
 * (api keys, virtual keys) are never copied into evidence. A config that does not parse is
 * reported with its line.
 */
public final class GatewayExtractor implements Extractor {

    private static final List<String> FALLBACK_KEYS = List.of("fallbacks", "default_fallbacks");
    private static final Pattern LITELLM_KEY = Pattern.compile("(?m)^model_list\\s*:");
    private static final Pattern PORTKEY_STRATEGY = Pattern.compile("\"?strategy\"?\\s*:");
    private static final Pattern PORTKEY_TARGETS = Pattern.compile("\"?targets\"?\\s*:");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(f -> f.hasExtension(".yaml", ".yml", ".json"))) {
            repo.text(f.path()).ifPresent(text -> {
                // the plain searches first: the patterns' optional quotes leave the regex engine no literal to skip by
                boolean litellm = text.contains("model_list") && LITELLM_KEY.matcher(text).find();
                boolean portkey = !litellm && text.contains("strategy") && text.contains("targets")
                        && PORTKEY_STRATEGY.matcher(text).find() && PORTKEY_TARGETS.matcher(text).find();
                if (!litellm && !portkey) {
                    return;
                }
                YamlNode doc;
                try {
                    doc = SafeYaml.parse(text, repo.yamlBudget());
                } catch (YamlParseException e) {
                    sink.unreadable(f.path(), e.line(), "gateway config: " + e.getMessage());
                    return;
                }
                if (litellm) {
                    liteLlm(repo, f.path(), text, doc, sink);
                } else if (portkey) {
                    portkey(repo, f.path(), text, doc, sink);
                }
            });
        }
    }

    private static void liteLlm(RepoSnapshot repo, String path, String text, YamlNode doc, Sink sink) {
        YamlNode list = doc.get("model_list");
        TreeSet<String> providers = new TreeSet<>();
        int routes = 0;
        int unresolved = 0;
        for (YamlNode entry : list.items()) {
            YamlNode params = entry.get("litellm_params");
            var model = params.get("model").text();
            if (model.isPresent() && !model.get().isBlank()) {
                routes++;
                var provider = Providers.ofModel(model.get(), params.get("custom_llm_provider").textOr(null));
                provider.ifPresent(providers::add);
                unresolved += provider.isEmpty() ? 1 : 0;
            }
        }
        if (routes == 0) {
            return;
        }
        int end = list.endLine();
        String where = "";
        for (String section : List.of("router_settings", "litellm_settings")) {
            for (String key : FALLBACK_KEYS) {
                YamlNode fb = doc.at(section, key);
                if (fb.hasContent() && where.isEmpty()) {
                    where = section + "." + key + " (line " + fb.line() + ")";
                    end = Math.max(end, fb.endLine());
                }
            }
        }
        String detail = "LiteLLM model_list of " + routes + " over " + (providers.isEmpty() ? "no known provider" : String.join(", ", providers))
                + (unresolved == 0 ? "" : " (" + unresolved + " model(s) of unknown provider)")
                + (where.isEmpty() ? "; no fallbacks" : "; fallbacks in " + where);
        sink.fact(new GatewayConfig(repo.name(), path, GatewayKind.LITELLM, List.copyOf(providers), routes, !where.isEmpty(),
                repo.evidence(path, keyLine(text), TextLines.lastContent(text, keyLine(text), end), Strength.DECLARED, detail)));
    }

    /** The line of the top-level {@code model_list:} key. */
    private static int keyLine(String text) {
        var m = LITELLM_KEY.matcher(text);
        return m.find() ? TextLines.lineOf(text, m.start()) : 1;
    }

    private static void portkey(RepoSnapshot repo, String path, String text, YamlNode doc, Sink sink) {
        List<YamlNode> strategies = new ArrayList<>();
        doc.walk(n -> {
            if (n.isMapping() && n.get("strategy").get("mode").text().isPresent() && n.get("targets").isSequence()) {
                strategies.add(n);
            }
        });
        if (strategies.isEmpty()) {
            return;
        }
        YamlNode top = strategies.get(0);
        TreeSet<String> providers = new TreeSet<>();
        boolean fallback = false;
        int routes = 0;
        int unresolved = 0;
        for (YamlNode s : strategies) {
            String mode = s.at("strategy", "mode").textOr("").toLowerCase(Locale.ROOT);
            List<YamlNode> targets = s.get("targets").items();
            fallback |= mode.equals("fallback") && targets.size() >= 2;
            for (YamlNode t : targets) {
                if (t.has("targets")) {
                    continue;
                }
                routes++;
                var provider = Providers.ofSlug(t.get("provider").textOr(""))
                        .or(() -> Providers.ofModel(t.at("override_params", "model").textOr(""), null))
                        .or(() -> Providers.ofSlug(t.get("virtual_key").textOr("")));
                provider.ifPresent(providers::add);
                unresolved += provider.isEmpty() ? 1 : 0;
            }
        }
        String detail = "Portkey " + top.at("strategy", "mode").textOr("?") + " over " + routes + " target(s): "
                + (providers.isEmpty() ? "no known provider" : String.join(", ", providers))
                + (unresolved == 0 ? "" : " (" + unresolved + " target(s) of unknown provider)");
        sink.fact(new GatewayConfig(repo.name(), path, GatewayKind.PORTKEY, List.copyOf(providers), routes, fallback,
                repo.evidence(path, top.line(), TextLines.lastContent(text, top.line(), top.endLine()), Strength.DECLARED, detail)));
    }
}
