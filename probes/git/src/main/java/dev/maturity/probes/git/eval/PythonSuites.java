package dev.maturity.probes.git.eval;

import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.probes.git.Extractor.Sink;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.wiring.TestFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds eval suites written in Python: DeepEval tests, Inspect AI tasks, Ragas evaluations,
 * {@code mlflow.evaluate} calls and pytest tests that assert model metrics against thresholds.
 * Cases are counted from inline case constructors and from data files the module names.
 */
final class PythonSuites {

    private static final Pattern DATA_FILE = Pattern.compile("[\"']([\\w./-]+\\.(?:jsonl|json|csv|ya?ml))[\"']");
    private static final Pattern METRIC_ASSERT = Pattern.compile(
            "(?m)^\\s*assert\\s+[^\\n]*\\b\\w*(accuracy|acc|auc|roc_auc|f1|f1_score|precision|recall|rmse|mae|mse|r2|log_loss|logloss|ndcg|map|score|metrics?)\\w*\\b[^\\n]*(>=|<=|>|<)\\s*-?[0-9.]+");
    private static final Pattern SCORE_ASSERT = Pattern.compile(
            "(?m)^\\s*assert\\s+[^\\n]*(score|faithfulness|answer_relevancy|context_precision|context_recall|result|\\])[^\\n]*(>=|<=|>|<)\\s*-?[0-9.]+");
    private static final Pattern MLFLOW_EVALUATE = Pattern.compile("mlflow\\.(models\\.)?evaluate\\(");
    private static final Pattern LLM_MODEL_TYPE = Pattern.compile(
            "model_type\\s*=\\s*[\"'](question-answering|text-summarization|text|retriever|databricks-agent)[\"']");

    private static final Pattern LLM_IMPORT = Pattern.compile(
            "(?m)^\\s*(from|import)\\s+(openai|anthropic|langchain\\w*|llama_index|litellm|google\\.genai|mistralai|cohere)\\b");

    private PythonSuites() {
    }

    static void read(RepoSnapshot repo, RepoFile f, Sink sink) {
        String text = repo.text(f.path()).orElse("");
        if (text.isEmpty()) {
            return;
        }
        boolean test = TestFiles.isTest(f.path());
        if (text.contains("deepeval") && (text.contains("assert_test(") || text.contains("evaluate("))) {
            List<String> data = dataFiles(repo, f, text);
            int cases = EvalSuite.plus(count(text, "LLMTestCase(", "ConversationalTestCase(", "Golden("), rows(repo, data));
            if (cases == 0 && text.contains(".pull(")) {
                cases = EvalSuite.REMOTE_CASES;
            }
            boolean asserts = text.contains("assert_test(") || text.contains("threshold=");
            emit(repo, f, sink, "deepeval", Track.LLM, cases, asserts, data, text, "LLMTestCase(", "assert_test(");
        } else if (text.contains("inspect_ai") && text.contains("@task")) {
            List<String> data = dataFiles(repo, f, text);
            int cases = EvalSuite.plus(count(text, "Sample("), rows(repo, data));
            if (cases == 0 && text.contains("hf_dataset(")) {
                cases = EvalSuite.REMOTE_CASES;
            }
            emit(repo, f, sink, "inspect-ai", Track.LLM, cases, false, data, text, "@task", "Sample(");
        } else if (text.contains("ragas") && text.contains("evaluate(")) {
            List<String> data = dataFiles(repo, f, text);
            int cases = EvalSuite.plus(count(text, "SingleTurnSample(", "MultiTurnSample("), rows(repo, data));
            if (cases == 0 && text.contains("load_dataset(")) {
                cases = EvalSuite.REMOTE_CASES;
            }
            boolean asserts = SCORE_ASSERT.matcher(text).find();
            emit(repo, f, sink, "ragas", Track.LLM, cases, asserts, data, text, "evaluate(", "assert");
        } else if (MLFLOW_EVALUATE.matcher(text).find()) {
            Track track = LLM_MODEL_TYPE.matcher(text).find() ? Track.LLM : Track.CLASSICAL;
            int calls = count(MLFLOW_EVALUATE, text);
            boolean asserts = text.contains("validation_thresholds") || text.contains("MetricThreshold(")
                    || (test && METRIC_ASSERT.matcher(text).find());
            emit(repo, f, sink, "mlflow-evaluate", track, calls, asserts, dataFiles(repo, f, text), text, "mlflow.evaluate(",
                    "mlflow.models.evaluate(");
        } else if (test && f.path().endsWith(".py") && count(METRIC_ASSERT, text) > 0) {
            Track track = LLM_IMPORT.matcher(text).find() ? Track.LLM : Track.CLASSICAL;
            emit(repo, f, sink, "pytest-model-tests", track, count(METRIC_ASSERT, text), true, List.of(), text, "assert");
        } else {
            CustomSuites.read(repo, f, text, sink);
        }
    }

    static void emit(RepoSnapshot repo, RepoFile f, Sink sink, String framework, Track track, int cases,
                             boolean asserts, List<String> data, String text, String... markers) {
        int[] lines = span(text, markers);
        String casesText = cases == EvalSuite.REMOTE_CASES ? "cases from a remote dataset" : cases + " case(s)";
        String detail = framework + " suite with " + casesText + (asserts ? " and assertions/thresholds" : " and no assertions")
                + (data.isEmpty() ? "" : " (data: " + String.join(", ", data) + ")");
        sink.fact(new EvalSuite(repo.name(), framework, f.path(), track, cases, asserts, false, data,
                repo.evidence(f.path(), lines[0], lines[1], Strength.DECLARED, detail)));
    }

    /** First and last line on which any marker occurs. */
    static int[] span(String text, String... markers) {
        String[] lines = text.split("\\R", -1);
        int first = 0;
        int last = 0;
        for (int i = 0; i < lines.length; i++) {
            for (String m : markers) {
                if (lines[i].contains(m)) {
                    first = first == 0 ? i + 1 : first;
                    last = i + 1;
                    break;
                }
            }
        }
        return new int[] {first, last};
    }

    private static int count(String text, String... needles) {
        int n = 0;
        for (String needle : needles) {
            for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
                n++;
            }
        }
        return n;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Data files the module names by string literal, relative to its directory or the repository root. */
    static List<String> dataFiles(RepoSnapshot repo, RepoFile f, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = DATA_FILE.matcher(text);
        while (m.find()) {
            String rel = m.group(1).replaceFirst("^\\./", "");
            String local = f.dir().isEmpty() ? rel : f.dir() + "/" + rel;
            if (repo.exists(local)) {
                out.add(local);
            } else if (repo.exists(rel)) {
                out.add(rel);
            }
        }
        return new ArrayList<>(out);
    }

    static int rows(RepoSnapshot repo, List<String> data) {
        return data.stream().mapToInt(d -> DataRows.count(repo, d).count()).reduce(0, EvalSuite::plus);
    }
}
