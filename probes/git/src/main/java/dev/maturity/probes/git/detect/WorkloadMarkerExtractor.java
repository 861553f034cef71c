package dev.maturity.probes.git.detect;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.code.Sources;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.util.List;
import java.util.Optional;

/**
 * Finds prompt files (by the default prompt path patterns, non-blank, not code) and LLM gateway
 * configurations: LiteLLM ({@code model_list[].litellm_params.model}) and Portkey
 * ({@code strategy.mode} with {@code targets[]}).
 */
public final class WorkloadMarkerExtractor implements Extractor {

    /** Only the prompt patterns: classifying every path into every kind would cost a glob match per kind. */
    private static final MlPaths PATHS = new MlPaths(java.util.Map.of(PathKind.PROMPT, MlPaths.DEFAULTS.get(PathKind.PROMPT)));

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(f -> !Sources.vendored(f.path()))) {
            if (PATHS.is(f.path(), PathKind.PROMPT) && !Sources.isSource(f) && !f.hasExtension(".pyc", ".png", ".jpg")) {
                Optional<String> t = repo.text(f.path());
                if (t.isPresent() && !t.get().isBlank()) {
                    int lines = (int) t.get().lines().count();
                    sink.fact(new WorkloadMarker(repo.name(), f.path(), WorkloadMarker.Kind.PROMPT_FILE, f.name(),
                            repo.evidence(f.path(), 1, Math.max(1, lines), Strength.DECLARED, "prompt file " + f.path())));
                }
            } else if (f.hasExtension(".yaml", ".yml", ".json")) {
                gateway(repo, f, sink);
            }
        }
    }

    private static void gateway(RepoSnapshot repo, RepoFile f, Sink sink) {
        Optional<String> text = repo.text(f.path());
        if (text.isEmpty()) {
            return;
        }
        boolean litellm = text.get().contains("litellm_params");
        boolean portkey = text.get().contains("targets") && text.get().contains("strategy");
        if (!litellm && !portkey || text.get().contains("{{")) {
            return;
        }
        YamlNode doc;
        try {
            doc = SafeYaml.parse(text.get());
        } catch (YamlParseException e) {
            if (litellm && text.get().contains("model_list")) {
                sink.unreadable(f.path(), e.line(), "invalid YAML: " + e.getMessage());
            }
            return;
        }
        if (litellm) {
            YamlNode list = doc.get("model_list");
            List<String> models = list.items().stream().map(m -> m.at("litellm_params", "model").textOr(""))
                    .filter(s -> !s.isBlank()).toList();
            if (!models.isEmpty()) {
                sink.fact(new WorkloadMarker(repo.name(), f.path(), WorkloadMarker.Kind.LITELLM_CONFIG, String.join(", ", models),
                        repo.evidence(f.path(), list.line(), list.endLine(), Strength.DECLARED,
                                "LiteLLM gateway config, models " + String.join(", ", models))));
            }
        }
        if (portkey && doc.at("strategy", "mode").hasContent() && doc.get("targets").isSequence()
                && !doc.get("targets").items().isEmpty()) {
            String mode = doc.at("strategy", "mode").textOr("");
            sink.fact(new WorkloadMarker(repo.name(), f.path(), WorkloadMarker.Kind.PORTKEY_CONFIG, mode,
                    repo.evidence(f.path(), doc.get("strategy").line(), doc.get("targets").endLine(), Strength.DECLARED,
                            "Portkey gateway config, strategy " + mode + ", " + doc.get("targets").items().size() + " target(s)")));
        }
    }
}
