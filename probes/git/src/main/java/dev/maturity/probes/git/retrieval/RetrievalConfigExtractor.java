package dev.maturity.probes.git.retrieval;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.code.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds YAML/JSON config files that name an embedding model (keys like {@code embedding_model},
 * {@code embed_model}, {@code embeddings.model}), notes whether the model is versioned and which
 * index/chunking parameters sit beside it, and which source files name the config file.
 */
public final class RetrievalConfigExtractor implements Extractor {

    private static final Pattern MODEL_KEY = Pattern.compile("(?i)embed(?:ding)?s?(?:_model(?:_name|_id)?)?|embed_model");
    private static final Pattern PARAM_KEY = Pattern.compile("(?i)chunk_size|chunk_overlap|chunking|splitter|index_name|index|"
            + "collection(?:_name)?|top_k|similarity_top_k|dimensions?|distance|metric|hnsw|ef_construction|nlist");
    private static final Pattern VERSIONED = Pattern.compile("(?i)v\\d|-\\d+(?:\\.\\d+)*(?:-|$)|\\d{3}|@[0-9a-f]{7,}|:[\\w.-]*\\d");
    private static final long MAX_CONFIG = 256 * 1024;

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        List<RetrievalConfig> found = new ArrayList<>();
        for (RepoFile f : repo.files(f -> f.hasExtension(".yaml", ".yml", ".json") && f.size() <= MAX_CONFIG
                && !Sources.vendored(f.path()) && !f.path().startsWith(".github/") && !f.hasExtension(".ipynb"))) {
            Optional<String> text = repo.text(f.path());
            if (text.isEmpty() || !text.get().toLowerCase(Locale.ROOT).contains("embed") || text.get().contains("{{")) {
                continue;
            }
            try {
                config(repo, f.path(), SafeYaml.parse(text.get(), repo.yamlBudget())).ifPresent(found::add);
            } catch (YamlParseException e) {
                // not necessarily a config file: other extractors report YAML they own
            }
        }
        if (found.isEmpty()) {
            return;
        }
        List<RepoFile> sources = repo.files(Sources::isSource);
        for (RetrievalConfig c : found) {
            String name = c.path().substring(c.path().lastIndexOf('/') + 1);
            List<String> readers = sources.stream().filter(s -> repo.text(s.path()).map(t -> t.contains(name)).orElse(false))
                    .map(RepoFile::path).toList();
            sink.fact(new RetrievalConfig(c.repo(), c.path(), c.embeddingModel(), c.pinned(), c.params(), readers, c.evidence()));
        }
    }

    private static Optional<RetrievalConfig> config(RepoSnapshot repo, String path, YamlNode doc) {
        YamlNode[] model = {null};
        String[] revision = {null};
        TreeSet<String> params = new TreeSet<>();
        doc.walk(n -> {
            for (Map.Entry<String, YamlNode> e : n.entries().entrySet()) {
                String k = e.getKey();
                YamlNode v = e.getValue();
                if (model[0] == null && MODEL_KEY.matcher(k).matches()) {
                    YamlNode m = v.isMapping() ? first(v, "model", "model_name", "name", "id") : v;
                    if (m.isScalar() && m.hasContent()) {
                        model[0] = m;
                        revision[0] = v.isMapping() ? first(v, "revision", "version", "model_version").text().orElse(null) : null;
                    }
                } else if (PARAM_KEY.matcher(k).matches() && v.hasContent()) {
                    params.add(k);
                }
            }
        });
        if (model[0] == null) {
            return Optional.empty();
        }
        String name = model[0].textOr("");
        boolean pinned = !name.toLowerCase(Locale.ROOT).endsWith(":latest") && (VERSIONED.matcher(name).find()
                || revision[0] != null && !revision[0].isBlank() && !revision[0].equalsIgnoreCase("latest")
                && !revision[0].equalsIgnoreCase("main"));
        String shown = revision[0] == null ? name : name + " @ " + revision[0];
        return Optional.of(new RetrievalConfig(repo.name(), path, shown, pinned, List.copyOf(params), List.of(),
                repo.evidence(path, model[0].line(), model[0].endLine(), Strength.DECLARED, "embedding model " + shown
                        + (pinned ? " (versioned)" : " (no version)") + (params.isEmpty() ? "" : ", " + String.join(", ", params)))));
    }

    private static YamlNode first(YamlNode map, String... keys) {
        for (String k : keys) {
            if (map.get(k).hasContent()) {
                return map.get(k);
            }
        }
        return YamlNode.MISSING;
    }
}
