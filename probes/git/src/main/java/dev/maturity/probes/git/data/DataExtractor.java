package dev.maturity.probes.git.data;

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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DVC files ({@code *.dvc}, {@code dvc.lock}, {@code dvc.yaml}, {@code .dvc/config}), Feast
 * {@code feature_store.yaml} and data contracts (Data Contract Specification, ODCS). Empty or
 * content-less files are not evidence and produce nothing.
 */
public final class DataExtractor implements Extractor {

    private static final Pattern REMOTE = Pattern.compile("(?m)^\\s*\\[\\s*'?remote\\s+\"([^\"]+)\"'?\\s*\\]\\s*$");

    /** dvc.yaml parse errors are reported once, by the pipeline extractor. */
    private static final Sink QUIET = new Sink() {
        @Override
        public void fact(dev.maturity.core.facts.Fact fact) {
        }

        @Override
        public void unreadable(String path, int line, String message) {
        }

        @Override
        public void unavailable(String domain, String reason) {
        }
    };

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(f -> !Sources.vendored(f.path()))) {
            String name = f.name().toLowerCase(Locale.ROOT);
            if (name.endsWith(".dvc") && !f.path().startsWith(".dvc/")) {
                yaml(repo, f, sink).ifPresent(d -> outs(repo, f.path(), DataVersion.Kind.DVC_FILE, d.get("outs"), sink));
            } else if (name.equals("dvc.lock")) {
                yaml(repo, f, sink).ifPresent(d -> lock(repo, f.path(), d, sink));
            } else if (name.equals("dvc.yaml")) {
                yaml(repo, f, QUIET).ifPresent(d -> pipeline(repo, f.path(), d, sink));
            } else if (f.path().equals(".dvc/config") || f.path().endsWith("/.dvc/config")) {
                remote(repo, f.path(), sink);
            } else if (name.equals("feature_store.yaml") || name.equals("feature_store.yml")) {
                yaml(repo, f, sink).ifPresent(d -> feast(repo, f.path(), d, sink));
            } else if (f.hasExtension(".yaml", ".yml") && repo.text(f.path())
                    .map(t -> t.contains("dataContractSpecification") || t.contains("DataContract")).orElse(false)) {
                yaml(repo, f, sink).ifPresent(d -> contract(repo, f.path(), d, sink));
            }
        }
    }

    private static Optional<YamlNode> yaml(RepoSnapshot repo, RepoFile f, Sink sink) {
        Optional<String> text = repo.text(f.path());
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SafeYaml.parse(text.get(), repo.yamlBudget()));
        } catch (YamlParseException e) {
            sink.unreadable(f.path(), e.line(), "invalid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void outs(RepoSnapshot repo, String path, DataVersion.Kind kind, YamlNode outs, Sink sink) {
        List<String> hashed = hashed(outs);
        if (!hashed.isEmpty()) {
            sink.fact(new DataVersion(repo.name(), path, kind, hashed, repo.evidence(path, outs.line(), outs.endLine(),
                    Strength.DECLARED, "DVC pins " + String.join(", ", hashed) + " by content hash")));
        }
    }

    private static List<String> hashed(YamlNode outs) {
        List<String> hashed = new ArrayList<>();
        for (YamlNode out : outs.items()) {
            String p = out.get("path").textOr("");
            boolean hash = out.get("md5").hasContent() || out.get("etag").hasContent() || out.get("checksum").hasContent();
            if (!p.isBlank() && hash) {
                hashed.add(p);
            }
        }
        return hashed;
    }

    private static void lock(RepoSnapshot repo, String path, YamlNode doc, Sink sink) {
        List<String> hashed = new ArrayList<>();
        YamlNode stages = doc.get("stages");
        stages.entries().values().forEach(s -> hashed.addAll(hashed(s.get("outs"))));
        if (!hashed.isEmpty()) {
            sink.fact(new DataVersion(repo.name(), path, DataVersion.Kind.DVC_LOCK, hashed, repo.evidence(path,
                    stages.line(), stages.endLine(), Strength.DECLARED, "dvc.lock pins " + hashed.size() + " output(s) by content hash")));
        }
    }

    private static void pipeline(RepoSnapshot repo, String path, YamlNode doc, Sink sink) {
        YamlNode stages = doc.get("stages");
        long outs = stages.entries().values().stream().mapToLong(s -> s.get("outs").items().size()).sum();
        if (outs > 0) {
            sink.fact(new DataVersion(repo.name(), path, DataVersion.Kind.DVC_PIPELINE, List.of(), repo.evidence(path,
                    stages.line(), stages.endLine(), Strength.DECLARED, "dvc.yaml declares " + outs + " output(s)")));
        }
        DvcPipelineReader.read(repo, path, doc).ifPresent(sink::fact);
    }

    private static void remote(RepoSnapshot repo, String path, Sink sink) {
        repo.text(path).ifPresent(t -> {
            Matcher m = REMOTE.matcher(t);
            if (m.find()) {
                int line = (int) t.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                sink.fact(new DataVersion(repo.name(), path, DataVersion.Kind.DVC_REMOTE, List.of(), repo.evidence(path,
                        line, line, Strength.DECLARED, "DVC remote '" + m.group(1) + "'")));
            }
        });
    }

    private static void feast(RepoSnapshot repo, String path, YamlNode doc, Sink sink) {
        String project = doc.get("project").textOr("");
        String provider = doc.get("provider").textOr("");
        if (!project.isBlank() && !provider.isBlank() && doc.get("registry").hasContent()) {
            sink.fact(new FeatureStore(repo.name(), path, project, provider, repo.evidence(path, doc.line(), doc.endLine(),
                    Strength.DECLARED, "Feast feature store '" + project + "' (provider " + provider + ")")));
        }
    }

    private static void contract(RepoSnapshot repo, String path, YamlNode doc, Sink sink) {
        String dcs = doc.get("dataContractSpecification").textOr("");
        boolean odcs = "DataContract".equals(doc.get("kind").textOr("")) && doc.get("apiVersion").hasContent();
        boolean body = doc.get("models").hasContent() || doc.get("schema").hasContent();
        if (!body) {
            return;
        }
        String id = doc.get("id").text().orElse(null);
        if (!dcs.isBlank()) {
            sink.fact(new DataContract(repo.name(), path, DataContract.DCS, dcs, id, repo.evidence(path, doc.line(),
                    doc.endLine(), Strength.DECLARED, "data contract (Data Contract Specification " + dcs + ")")));
        } else if (odcs) {
            String v = doc.get("apiVersion").textOr("");
            sink.fact(new DataContract(repo.name(), path, DataContract.ODCS, v, id, repo.evidence(path, doc.line(),
                    doc.endLine(), Strength.DECLARED, "data contract (ODCS " + v + ")")));
        }
    }
}
