package dev.maturity.probes.git.eval;

import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor.Sink;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads declarative eval registries: OpenAI Evals ({@code evals/registry/evals/*.yaml} whose
 * {@code args.samples_jsonl} live under {@code evals/registry/data/}) and lm-evaluation-harness task
 * YAML ({@code task}, {@code dataset_path}, {@code metric_list}).
 */
final class RegistrySuites {

    private static final String OPENAI = "evals/registry/evals/";

    private RegistrySuites() {
    }

    static boolean openAiEval(RepoFile f) {
        return (f.path().startsWith(OPENAI) || f.path().contains("/" + OPENAI)) && f.hasExtension(".yaml", ".yml");
    }

    static boolean lmEvalTask(RepoSnapshot repo, RepoFile f) {
        if (!f.hasExtension(".yaml", ".yml")) {
            return false;
        }
        String t = repo.text(f.path()).orElse("");
        return t.contains("task:") && t.contains("dataset_path:");
    }

    static void openAi(RepoSnapshot repo, RepoFile f, Sink sink) {
        YamlNode root = parse(repo, f, sink);
        if (root == null) {
            return;
        }
        String registry = f.path().substring(0, f.path().indexOf(OPENAI) + "evals/registry/".length());
        int cases = 0;
        List<String> data = new ArrayList<>();
        int first = 0;
        int last = 0;
        for (Map.Entry<String, YamlNode> e : root.entries().entrySet()) {
            YamlNode args = e.getValue().get("args");
            for (String key : List.of("samples_jsonl", "samples")) {
                for (String s : args.get(key).texts()) {
                    String p = registry + "data/" + s;
                    if (repo.exists(p)) {
                        cases = EvalSuite.plus(cases, DataRows.count(repo, p).count());
                        data.add(p);
                        first = first == 0 ? e.getValue().line() : first;
                        last = e.getValue().endLine();
                    }
                }
            }
        }
        if (first == 0) {
            first = 1;
            last = Math.max(1, root.endLine());
        }
        String detail = "OpenAI Evals registry entry with " + (cases == EvalSuite.REMOTE_CASES ? "samples stored in Git LFS" : cases + " sample(s)") + (data.isEmpty() ? "" : " in " + String.join(", ", data));
        sink.fact(new EvalSuite(repo.name(), "openai-evals", f.path(), Track.LLM, cases, false, false, data,
                repo.evidence(f.path(), first, last, Strength.DECLARED, detail)));
    }

    static void lmEval(RepoSnapshot repo, RepoFile f, Sink sink) {
        YamlNode root = parse(repo, f, sink);
        if (root == null || !root.get("task").hasContent() || !root.get("dataset_path").hasContent()) {
            return;
        }
        String detail = "lm-evaluation-harness task '" + root.get("task").textOr("?") + "' on dataset "
                + root.get("dataset_path").textOr("?") + (root.get("metric_list").hasContent() ? " with metrics" : "");
        sink.fact(new EvalSuite(repo.name(), "lm-eval", f.path(), Track.LLM, EvalSuite.REMOTE_CASES, false, false, List.of(),
                repo.evidence(f.path(), root.line(), root.endLine(), Strength.DECLARED, detail)));
    }

    private static YamlNode parse(RepoSnapshot repo, RepoFile f, Sink sink) {
        try {
            YamlNode root = SafeYaml.parse(repo.text(f.path()).orElse(""), repo.yamlBudget());
            return root.isMapping() ? root : null;
        } catch (YamlParseException e) {
            sink.unreadable(f.path(), e.line(), e.getMessage());
            return null;
        }
    }
}
