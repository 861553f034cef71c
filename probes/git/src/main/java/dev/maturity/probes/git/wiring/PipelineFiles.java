package dev.maturity.probes.git.wiring;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the stages of {@code dvc.yaml} files and the entry points of {@code MLproject} files. */
public final class PipelineFiles {

    private PipelineFiles() {
    }

    static boolean isDvc(String path) {
        return path.equals("dvc.yaml") || path.endsWith("/dvc.yaml");
    }

    static boolean isMlProject(String path) {
        return path.equals("MLproject") || path.endsWith("/MLproject");
    }

    /** The stages of one pipeline file; throws when it is not valid YAML. */
    static List<StageDefinition> read(RepoSnapshot repo, String path) throws YamlParseException {
        String text = repo.text(path).orElse("");
        YamlNode root = SafeYaml.parse(text, repo.yamlBudget());
        YamlSpan span = new YamlSpan(text);
        String dir = PythonImports.dir(path);
        List<StageDefinition> out = new ArrayList<>();
        if (isDvc(path)) {
            for (Map.Entry<String, YamlNode> e : root.get("stages").entries().entrySet()) {
                YamlNode stage = e.getValue().has("do") ? e.getValue().get("do") : e.getValue();
                List<String> cmds = stage.get("cmd").texts();
                if (!cmds.isEmpty()) {
                    String wdir = stage.get("wdir").text().map(w -> join(dir, w)).orElse(dir);
                    out.add(new StageDefinition("dvc", path, e.getKey(), cmds, wdir, span.start(e.getValue()), span.end(e.getValue())));
                }
            }
        } else if (isMlProject(path)) {
            for (Map.Entry<String, YamlNode> e : root.get("entry_points").entries().entrySet()) {
                List<String> cmds = e.getValue().get("command").texts();
                if (!cmds.isEmpty()) {
                    out.add(new StageDefinition("mlproject", path, e.getKey(), cmds, dir, span.start(e.getValue()), span.end(e.getValue())));
                }
            }
        }
        return out;
    }

    /** Joins a repo-relative directory and a relative path, resolving {@code .} and {@code ..}. */
    public static String join(String dir, String rel) {
        String r = rel.strip();
        if (r.startsWith("/")) {
            r = r.substring(1);
        }
        List<String> parts = new ArrayList<>();
        for (String p : ((dir.isEmpty() ? "" : dir + "/") + r).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
