package dev.maturity.probes.git.pipeline;

import static dev.maturity.probes.git.TestFacts.context;
import static dev.maturity.probes.git.TestFacts.read;
import static dev.maturity.probes.git.TestFacts.signal;
import static dev.maturity.probes.git.TestFacts.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.code.Signal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineProbesTest {

    private static CiJob job(String id, Set<Trigger> triggers, List<String> commands, List<String> runs) {
        return dev.maturity.probes.git.TestFacts.job(".github/workflows/" + id + ".yml", 3, 14, id, triggers, List.of(), commands, runs, null);
    }

    @Test
    void testsRunOnPullRequestsAreMet() {
        Finding f = new PipelineTestsInCiProbe().evaluate(read(job("ci", Set.of(Trigger.PULL_REQUEST), List.of("pytest -q"),
                List.of("tests/test_features.py", "src/features.py"))), context(Track.CLASSICAL));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo(".github/workflows/ci.yml#ci (pull_request) runs 1 test file(s)");
    }

    @Test
    void aJobRunningNoTestFileIsNotATestJob() {
        Finding f = new PipelineTestsInCiProbe().evaluate(read(job("lint", Set.of(Trigger.PULL_REQUEST), List.of("ruff check ."),
                List.of())), context(Track.CLASSICAL));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("no CI job runs the repository's tests");
    }

    @Test
    void testsRunOnlyByHandAreNotMet() {
        Finding f = new PipelineTestsInCiProbe().evaluate(read(job("ci", Set.of(Trigger.MANUAL), List.of("pytest"),
                List.of("tests/test_x.py"))), context(Track.LLM));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aScheduledDvcReproIsAScheduledClassicalPipeline() {
        Finding f = new ScheduledPipelineProbe().evaluate(read(job("retrain", Set.of(Trigger.SCHEDULE), List.of("dvc repro"),
                List.of("dvc.yaml", "src/train.py"))), context(Track.CLASSICAL));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aScheduledJobRunningTrainingCodeCountsForClassicalButNotForLlm() {
        var facts = read(signal("jobs/fit.py", 20, Signal.CLASSICAL_TRAINING, "sklearn"),
                job("weekly", Set.of(Trigger.SCHEDULE), List.of("python jobs/fit.py"), List.of("jobs/fit.py")));
        assertThat(new ScheduledPipelineProbe().evaluate(facts, context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.MET);
        assertThat(new ScheduledPipelineProbe().evaluate(facts, context(Track.LLM)).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aScheduledLlmEvalIsScheduledReEvaluation() {
        var facts = read(suite("deepeval", "tests/test_rag.py", Track.LLM, 30, true),
                job("nightly", Set.of(Trigger.SCHEDULE), List.of("deepeval test run tests/test_rag.py"), List.of("tests/test_rag.py")));
        assertThat(new ScheduledPipelineProbe().evaluate(facts, context(Track.LLM)).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void trainingOnPullRequestsIsNotScheduled() {
        var facts = read(job("ci", Set.of(Trigger.PULL_REQUEST), List.of("dvc repro"), List.of("dvc.yaml")));
        assertThat(new ScheduledPipelineProbe().evaluate(facts, context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.NOT_MET);
    }
}
