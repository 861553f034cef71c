package dev.maturity.probes.git.manifests;

import dev.maturity.core.facts.ResourceObject;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns every committed YAML document with {@code apiVersion}, {@code kind} and
 * {@code metadata.name} into a {@link ResourceObject} (strength {@code declared}, the document's
 * line range). Helm templates ({@code {{ }}}) cannot be read without rendering and are only counted
 * ({@link ManifestCount}); malformed YAML under deploy paths is reported unreadable, elsewhere skipped.
 */
public final class ManifestExtractor implements Extractor {

    private static final MlPaths PATHS = new MlPaths(java.util.Map.of(PathKind.DEPLOY, MlPaths.DEFAULTS.get(PathKind.DEPLOY)));

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        int objects = 0;
        int templates = 0;
        for (RepoFile f : repo.files(f -> f.hasExtension(".yaml", ".yml") && !Sources.vendored(f.path()))) {
            Optional<String> text = repo.text(f.path());
            if (text.isEmpty() || !text.get().contains("apiVersion") || !text.get().contains("kind")) {
                continue;
            }
            if (text.get().contains("{{")) {
                templates++;
                continue;
            }
            List<YamlNode> docs;
            try {
                docs = SafeYaml.parseAll(text.get(), repo.yamlBudget());
            } catch (YamlParseException e) {
                if (PATHS.is(f.path(), PathKind.DEPLOY)) {
                    sink.unreadable(f.path(), e.line(), "invalid YAML: " + e.getMessage());
                }
                continue;
            }
            for (YamlNode doc : docs) {
                if (object(repo, f.path(), doc, sink)) {
                    objects++;
                }
            }
        }
        sink.fact(new ManifestCount(repo.name(), objects, templates, repo.treeEvidence(
                objects + " Kubernetes object(s) in committed YAML, " + templates + " Helm template file(s) not rendered")));
    }

    private static boolean object(RepoSnapshot repo, String path, YamlNode doc, Sink sink) {
        String apiVersion = doc.get("apiVersion").textOr("");
        String kind = doc.get("kind").textOr("");
        String name = doc.at("metadata", "name").textOr("");
        if (apiVersion.isBlank() || kind.isBlank() || name.isBlank()) {
            return false;
        }
        String ns = doc.at("metadata", "namespace").text().orElse(null);
        sink.fact(new ResourceObject(apiVersion, kind, ns, name, strings(doc.at("metadata", "labels")),
                strings(doc.at("metadata", "annotations")), doc,
                repo.evidence(path, doc.line(), doc.endLine(), Strength.DECLARED, kind + " " + (ns == null ? name : ns + "/" + name)
                        + " (" + apiVersion + ")")));
        return true;
    }

    private static Map<String, String> strings(YamlNode map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.entries().forEach((k, v) -> v.text().ifPresent(t -> out.put(k, t)));
        return out;
    }
}
