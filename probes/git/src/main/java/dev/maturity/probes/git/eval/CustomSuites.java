package dev.maturity.probes.git.eval;

import dev.maturity.core.model.Track;
import dev.maturity.probes.git.Extractor.Sink;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Eval suites written as the team's own scripts. For LLMs: an evaluation entry point ({@code evals/…},
 * {@code evaluate.py}, {@code run_eval.py}) that scores an LLM application over cases. Cases come
 * from data files the script names, from data files an eval config beside it names, from the eval
 * folder's own case files (results, logs and outputs are not cases), or from a remote dataset
 * (Hugging Face {@code load_dataset}, Langfuse or Weave datasets). For classical models: an
 * evaluation step that computes model metrics over a holdout set. A script without cases is not a suite.
 */
final class CustomSuites {

    private static final Pattern EVAL_NAME = Pattern.compile("(?i)(^|/)[^/]*(eval|benchmark)[^/]*\\.py$");
    private static final Pattern EVAL_DIR = Pattern.compile("(?i)(^|/)(evals?|evaluations?|benchmarks?|[\\w-]*_evals?)/");
    private static final Pattern ENTRY = Pattern.compile("(?m)^if\\s+__name__\\s*==|^\\s*(?:async\\s+)?def\\s+(?:main|evaluate|run_eval\\w*|run_evaluation)\\s*\\(|\\bEvaluation\\s*\\("
            + "|^\\s*@(?:(?:kfp\\.)?dsl\\.)?(?:step|task|op|component)\\b");
    /** A module of the repository the script imports ({@code from pkg.module import ...}). */
    private static final Pattern LOCAL_IMPORT = Pattern.compile("(?m)^\\s*from\\s+([\\w.]+)\\s+import\\b");
    private static final Pattern LLM = Pattern.compile(
            "(?i)\\b(openai|anthropic|llm|gpt-?\\d?|prompty|langchain|litellm|groundedness|prompt|chat_completion|claude|gemini|weave|langfuse)\\b");
    private static final Pattern LLM_IMPORT = Pattern.compile("(?m)^\\s*(?:from|import)\\s+(?:openai|anthropic|langchain\\w*|llama_index|litellm"
            + "|prompty|weave|langfuse|google\\.genai|mistralai|cohere|evaltools|azure\\.ai\\.evaluation|promptflow|vertexai|ollama)\\b");
    private static final Pattern SCORES = Pattern.compile("(?i)\\b(score|scorer|grade|grader|judge|metric|accuracy|correct|evaluat\\w*)\\b");
    private static final Pattern REMOTE = Pattern.compile("\\bload_dataset\\s*\\(|\\bget_dataset\\s*\\(|\\bweave\\.ref\\s*\\(|\\bDataset\\.from_\\w+\\s*\\(|\\bhf_hub_download\\s*\\(");
    private static final Pattern NOT_CASES = Pattern.compile("(?i)(^|/)(results?|logs?|outputs?|runs|reports?|artifacts)/|(?i)(result|summary|aggregate|config|requirements|package|schema|settings|parameters)[^/]*$");
    private static final Pattern CONFIG_PATH = Pattern.compile("\"[\\w_]*(?:data|path|file)[\\w_]*\"\\s*:\\s*\"([\\w./-]+\\.(?:jsonl|json|csv|ya?ml))\"");
    private static final Pattern CLASSICAL_METRICS = Pattern.compile(
            "(?m)^\\s*(?:from|import)\\s+(?:sklearn\\.metrics|torchmetrics|tensorflow_model_analysis)\\b|^\\s*from\\s+sklearn\\s+import\\s+[^\\n]*\\bmetrics\\b");
    private static final Pattern READS_DATA = Pattern.compile(
            "\\bread_(?:csv|parquet|json)\\s*\\(|\\bload_dataset\\s*\\(|\\bDataset\\.(?:get_by_name|from_\\w+)\\s*\\(|\\bDataLoader\\s*\\(|dataset_loc|holdout|test_data|X_test");
    private static final Pattern FAILS = Pattern.compile("sys\\.exit\\(\\s*1\\s*\\)|raise\\s+SystemExit|(?m)^\\s*assert\\s+[^\\n]*(score|threshold|accuracy|pass_rate)");

    private CustomSuites() {
    }

    static void read(RepoSnapshot repo, RepoFile f, String text, Sink sink) {
        if (f.name().equals("__init__.py") || !(EVAL_NAME.matcher(f.path()).find() || EVAL_DIR.matcher(f.path()).find())
                || !ENTRY.matcher(text).find() || !SCORES.matcher(text).find()) {
            return;
        }
        if (!LLM_IMPORT.matcher(text).find() && (CLASSICAL_METRICS.matcher(text).find() || !LLM.matcher(text).find())) {
            classical(repo, f, text, sink);
            return;
        }
        Set<String> data = new LinkedHashSet<>(PythonSuites.dataFiles(repo, f, text));
        data.addAll(configured(repo, f));
        if (EVAL_DIR.matcher(f.path()).find() || EVAL_NAME.matcher(f.dir() + "/").find()) {
            data.addAll(folderCases(repo, f));
        }
        data.removeIf(d -> NOT_CASES.matcher(d).find());
        List<String> files = new ArrayList<>(data);
        int cases = PythonSuites.rows(repo, files);
        if (cases == 0 && REMOTE.matcher(text).find()) {
            cases = EvalSuite.REMOTE_CASES;
        }
        if (cases == 0) {
            return;
        }
        String framework = text.contains("weave") && text.contains("Evaluation") ? "weave" : text.contains("langfuse") ? "langfuse" : "custom";
        PythonSuites.emit(repo, f, sink, framework, Track.LLM, cases, FAILS.matcher(text).find(), files, text,
                "def main", "def evaluate", "Evaluation(", "__main__");
    }

    /**
     * A classical evaluation step: a script that computes model metrics (scikit-learn, torchmetrics,
     * TFMA) over data it reads, a holdout set named in the script or passed to it.
     */
    private static void classical(RepoSnapshot repo, RepoFile f, String text, Sink sink) {
        if (!CLASSICAL_METRICS.matcher(text).find() && !metricsImported(repo, text)) {
            return;
        }
        List<String> files = PythonSuites.dataFiles(repo, f, text);
        int cases = PythonSuites.rows(repo, files);
        if (cases == 0 && READS_DATA.matcher(text).find()) {
            cases = EvalSuite.REMOTE_CASES;
        }
        if (cases != 0) {
            PythonSuites.emit(repo, f, sink, "evaluation-step", Track.CLASSICAL, cases, FAILS.matcher(text).find(), files, text,
                    "def main", "def evaluate", "__main__", "@step", "@task", "@op", "@component", "@dsl.component");
        }
    }

    /**
     * Whether a repository module the script imports computes model metrics: an orchestrator's
     * evaluation step ({@code @step}, {@code @task}, {@code @component}) that hands the holdout set to
     * the project's own evaluation module.
     */
    private static boolean metricsImported(RepoSnapshot repo, String text) {
        Matcher m = LOCAL_IMPORT.matcher(text);
        while (m.find()) {
            String module = m.group(1).replace('.', '/');
            for (String path : List.of(module + ".py", module + "/__init__.py")) {
                if (repo.exists(path) && CLASSICAL_METRICS.matcher(repo.text(path).orElse("")).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Data files an eval config (JSON) in the script's folder names. */
    private static List<String> configured(RepoSnapshot repo, RepoFile f) {
        List<String> out = new ArrayList<>();
        for (RepoFile c : repo.files(x -> x.dir().equals(f.dir()) && x.hasExtension(".json") && x.name().contains("config"))) {
            Matcher m = CONFIG_PATH.matcher(repo.text(c.path()).orElse(""));
            while (m.find()) {
                String p = f.dir().isEmpty() ? m.group(1) : f.dir() + "/" + m.group(1).replaceFirst("^\\./", "");
                if (repo.exists(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Case files in the eval folder of the script (and below it). */
    private static List<String> folderCases(RepoSnapshot repo, RepoFile f) {
        String prefix = f.dir().isEmpty() ? "" : f.dir() + "/";
        return repo.files(x -> x.path().startsWith(prefix) && x.hasExtension(".jsonl", ".csv", ".json", ".yaml", ".yml")
                && !NOT_CASES.matcher(x.path().substring(prefix.length())).find()).stream().map(RepoFile::path).limit(20).toList();
    }
}
