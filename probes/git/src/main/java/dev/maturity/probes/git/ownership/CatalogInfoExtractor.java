package dev.maturity.probes.git.ownership;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.docs.TextLines;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads Backstage {@code catalog-info.yaml} files (several documents each) into entities with their
 * on-call references. An entity owns an ML service when its type, tags or description say so, or
 * (for a Component) when prompts, training or eval code sit under the directory of its file.
 */
public final class CatalogInfoExtractor implements Extractor {

    /** Annotations that name an on-call rotation (Backstage PagerDuty and Opsgenie plugins). */
    static final List<String> ON_CALL_ANNOTATIONS = List.of("pagerduty.com/service-id", "pagerduty.com/integration-key",
            "opsgenie.com/team");
    /** Values left as placeholders ("missing", "PXXXXXX", "TODO", template expressions) name no rotation. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\s*(missing|todo|tbd|none|null|n/?a|changeme|change-me|p?x{3,}|<[^>]*>|\\$\\{.*}|-)?\\s*");
    private static final Pattern ON_CALL_LINK = Pattern.compile("(?i)pagerduty\\.com|opsgenie\\.com|on-?call");
    private static final Pattern ML_WORDS = Pattern.compile("(?i)\\b(ml|llm|ai|genai|mlops|model|models|inference|serving"
            + "|agent|rag|embeddings?|prediction|recommender|classifier|chatbot|assistant)\\b");
    private static final List<PathKind> ML_KINDS = List.of(PathKind.PROMPT, PathKind.TRAINING, PathKind.EVAL);

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        MlPaths ml = MlPaths.defaultPaths();
        for (RepoFile f : repo.files(f -> f.name().equals("catalog-info.yaml") || f.name().equals("catalog-info.yml"))) {
            String text = repo.text(f.path()).orElse(null);
            if (text == null) {
                continue;
            }
            List<YamlNode> docs;
            try {
                docs = SafeYaml.parseAll(text, repo.yamlBudget());
            } catch (YamlParseException e) {
                sink.unreadable(f.path(), e.line(), "catalog-info: " + e.getMessage());
                continue;
            }
            String dir = f.dir().isEmpty() ? "" : f.dir() + "/";
            String pathHint = repo.files(g -> g.path().startsWith(dir) && ML_KINDS.stream().anyMatch(k -> ml.is(g.path(), k)))
                    .stream().findFirst().map(g -> "ML path " + g.path() + " beside it").orElse("");
            for (YamlNode doc : docs) {
                if (doc.get("apiVersion").textOr("").startsWith("backstage.io/") && doc.get("kind").text().isPresent()) {
                    sink.fact(entity(repo, f.path(), text, doc, pathHint));
                }
            }
        }
    }

    private static CatalogEntity entity(RepoSnapshot repo, String path, String text, YamlNode doc, String pathHint) {
        YamlNode meta = doc.get("metadata");
        Map<String, String> onCall = new LinkedHashMap<>();
        int first = 0;
        int last = 0;
        for (String key : ON_CALL_ANNOTATIONS) {
            YamlNode v = meta.at("annotations").get(key);
            if (v.hasContent() && !PLACEHOLDER.matcher(v.textOr("")).matches()) {
                onCall.put(key, key.endsWith("integration-key") ? "(set)" : v.textOr(""));
                first = first == 0 ? v.line() : Math.min(first, v.line());
                last = Math.max(last, v.endLine());
            }
        }
        for (YamlNode link : meta.get("links").items()) {
            String url = link.get("url").textOr("");
            String title = link.get("title").textOr(link.get("type").textOr(""));
            if (ON_CALL_LINK.matcher(url).find() || ON_CALL_LINK.matcher(title).find()) {
                onCall.put("link:" + (title.isBlank() ? url : title), url);
                first = first == 0 ? link.line() : Math.min(first, link.line());
                last = Math.max(last, link.endLine());
            }
        }
        String kind = doc.get("kind").textOr("");
        String name = meta.get("name").textOr("");
        String words = String.join(" ", doc.at("spec", "type").textOr(""), String.join(" ", meta.get("tags").texts()),
                meta.get("title").textOr(""), meta.get("description").textOr(""), name.replace('-', ' ').replace('_', ' '));
        var m = ML_WORDS.matcher(words);
        String hint = m.find() ? "'" + m.group(1) + "' in its type, tags, name or description"
                : kind.equalsIgnoreCase("Component") ? pathHint : "";
        int from = first == 0 ? doc.line() : first;
        int to = TextLines.lastContent(text, from, first == 0 ? doc.endLine() : last);
        String detail = kind + " " + name + (onCall.isEmpty() ? " without on-call annotations" : " on call via "
                + String.join(", ", onCall.keySet()));
        return new CatalogEntity(repo.name(), path, kind, name, doc.at("spec", "system").textOr(""),
                doc.at("spec", "owner").textOr(""), onCall, hint,
                repo.evidence(path, from, to, Strength.DECLARED, detail));
    }
}
