package dev.maturity.probes.git.eval;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Track;
import java.util.List;

/**
 * An evaluation suite found in the repository.
 *
 * @param framework {@code promptfoo}, {@code deepeval}, {@code openai-evals}, {@code inspect-ai},
 *                  {@code lm-eval}, {@code ragas}, {@code pytest-model-tests} or {@code mlflow-evaluate}
 * @param path      the suite's file (config, test module or task), repo-relative
 * @param track     the workload family it evaluates
 * @param cases     number of cases found (inline and in referenced data files in the repository);
 *                  {@link #REMOTE_CASES} when they come from a remote dataset whose size cannot be read here
 * @param asserts   true when a case failing its assertion or threshold fails the run
 * @param redteam   true when it declares a red-team block ({@code redteam:} in promptfoo)
 * @param dataFiles repo paths of data files the cases come from
 * @param evidence  the suite's lines (its cases), strength {@code declared}
 */
public record EvalSuite(String repo, String framework, String path, Track track, int cases, boolean asserts,
                        boolean redteam, List<String> dataFiles, Evidence evidence) implements Fact {

    public static final int REMOTE_CASES = -1;

    public EvalSuite {
        dataFiles = List.copyOf(dataFiles);
    }

    /** A suite without cases proves nothing. */
    public boolean hasCases() {
        return cases != 0;
    }

    /** Files whose running counts as running the suite: the suite itself and its data. */
    public List<String> files() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(path), dataFiles.stream()).toList();
    }

    /** How many cases, in words. */
    public String casesText() {
        return cases == REMOTE_CASES ? "cases from a remote dataset" : cases + (cases == 1 ? " case" : " cases");
    }

    public String label() {
        return framework + " suite " + path + " (" + casesText() + (asserts ? ", with assertions" : "") + ")";
    }
}
