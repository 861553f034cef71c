package dev.maturity.probes.git.data;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads what a {@code dvc.yaml} pipeline produces beyond data: model artefacts, metrics and plots, locked model builds. */
final class DvcPipelineReader {

    /** Output paths that hold a trained model. */
    private static final Pattern MODEL = Pattern.compile(
            "(?i)(^|.*/)(models?|model[\\w.-]*|[\\w.-]*\\.(pkl|pickle|joblib|onnx|pt|pth|h5|keras|safetensors|cbm|ubj|xgb|lgb|pmml))/?$");

    private DvcPipelineReader() {
    }

    static Optional<DvcOutputs> read(RepoSnapshot repo, String path, YamlNode doc) {
        String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        Set<String> outs = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (YamlNode stage : doc.get("stages").entries().values()) {
            YamlNode s = stage.has("do") ? stage.get("do") : stage;
            s.get("outs").items().forEach(o -> outs.add(outPath(o)));
            for (String key : List.of("metrics", "plots")) {
                s.get(key).items().forEach(o -> metrics.add(outPath(o)));
            }
        }
        outs.remove("");
        metrics.remove("");
        List<String> topLevel = new ArrayList<>();
        for (String key : List.of("metrics", "plots")) {
            for (YamlNode m : doc.get(key).items()) {
                topLevel.addAll(plotFiles(m));
            }
        }
        topLevel.stream().filter(m -> under(m, outs)).forEach(metrics::add);
        List<String> models = new ArrayList<>();
        Set<String> modelPaths = new LinkedHashSet<>();
        doc.get("artifacts").entries().forEach((name, a) -> {
            String p = a.get("path").textOr("");
            if ("model".equals(a.get("type").textOr("")) && under(p, outs)) {
                models.add(name + " (" + p + ")");
                modelPaths.add(p);
            }
        });
        Locked locked = locked(repo, dir.isEmpty() ? "dvc.lock" : dir + "/dvc.lock", modelPaths);
        if (models.isEmpty() && metrics.isEmpty() && locked == null) {
            return Optional.empty();
        }
        YamlNode art = doc.get("artifacts");
        Evidence modelsEv = models.isEmpty() ? null : repo.evidence(path, art.line(), art.endLine(), Strength.WIRED,
                "dvc.yaml declares model artefact(s) " + String.join(", ", models) + ", output by its stages");
        Evidence metricsEv = metrics.isEmpty() ? null : repo.evidence(path, firstLine(doc), lastLine(doc), Strength.WIRED,
                "dvc.yaml records metrics/plots " + String.join(", ", metrics.stream().limit(4).toList()) + " written by its stages");
        return Optional.of(new DvcOutputs(repo.name(), path, models, List.copyOf(metrics),
                locked == null ? List.of() : locked.models(), modelsEv, metricsEv, locked == null ? null : locked.evidence()));
    }

    private record Locked(List<String> models, Evidence evidence) {
    }

    /** Stages of the lock file that output a model with hashed inputs: the model is rebuilt from pinned data, code and params. */
    private static Locked locked(RepoSnapshot repo, String lockPath, Set<String> modelPaths) {
        if (!repo.exists(lockPath)) {
            return null;
        }
        YamlNode lock;
        try {
            lock = SafeYaml.parse(repo.text(lockPath).orElse(""));
        } catch (YamlParseException e) {
            return null; // the data extractor reports the lock file unreadable
        }
        for (var e : lock.get("stages").entries().entrySet()) {
            YamlNode s = e.getValue();
            List<String> models = s.get("outs").items().stream().filter(o -> o.get("md5").hasContent() || o.get("hash").hasContent())
                    .map(o -> o.get("path").textOr("")).filter(p -> modelPaths.contains(p) || MODEL.matcher(p).matches()).toList();
            long hashedDeps = s.get("deps").items().stream().filter(d -> d.get("md5").hasContent()).count();
            boolean dataDep = s.get("deps").items().stream().anyMatch(d -> d.get("md5").hasContent()
                    && !d.get("path").textOr("").matches(".*\\.(py|R|r|sh|ipynb)$"));
            if (!models.isEmpty() && hashedDeps > 0 && dataDep) {
                return new Locked(models, repo.evidence(lockPath, s.line(), s.endLine(), Strength.DECLARED, "dvc.lock stage '"
                        + e.getKey() + "' pins " + String.join(", ", models) + " with the hashes of its data, code"
                        + (s.get("params").hasContent() ? " and params" : "")));
            }
        }
        return null;
    }

    private static String outPath(YamlNode o) {
        if (o.text().isPresent()) {
            return o.text().get();
        }
        return o.entries().keySet().stream().findFirst().orElse("");
    }

    /** Files a top-level metrics/plots entry reads: a path, {@code path: {...}}, or a plot with {@code y: {file: column}}. */
    private static List<String> plotFiles(YamlNode m) {
        if (m.text().isPresent()) {
            return List.of(m.text().get());
        }
        List<String> out = new ArrayList<>();
        m.entries().forEach((k, v) -> {
            YamlNode y = v.get("y");
            if (y.isMapping()) {
                out.addAll(y.entries().keySet());
            } else {
                out.add(k);
            }
        });
        return out;
    }

    private static boolean under(String p, Set<String> outs) {
        String clean = p.replaceFirst("^\\./", "").replaceAll("/$", "");
        return outs.stream().map(o -> o.replaceFirst("^\\./", "").replaceAll("/$", ""))
                .anyMatch(o -> clean.equals(o) || clean.startsWith(o + "/"));
    }

    private static int firstLine(YamlNode doc) {
        int line = Integer.MAX_VALUE;
        for (String k : List.of("metrics", "plots")) {
            if (doc.has(k)) {
                line = Math.min(line, doc.get(k).line());
            }
        }
        return line == Integer.MAX_VALUE ? doc.get("stages").line() : line;
    }

    private static int lastLine(YamlNode doc) {
        int line = 0;
        for (String k : List.of("metrics", "plots")) {
            if (doc.has(k)) {
                line = Math.max(line, doc.get(k).endLine());
            }
        }
        return line == 0 ? doc.get("stages").endLine() : line;
    }
}
