package dev.maturity.probes.git.tracking;

import static dev.maturity.probes.git.TestFacts.at;
import static dev.maturity.probes.git.TestFacts.context;
import static dev.maturity.probes.git.TestFacts.job;
import static dev.maturity.probes.git.TestFacts.read;
import static dev.maturity.probes.git.TestFacts.signal;
import static dev.maturity.probes.git.TestFacts.stage;
import static dev.maturity.probes.git.TestFacts.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.probes.git.TestFacts;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackerInTrainingCodeProbeTest {

    private static final CodeSignal MLFLOW = signal("src/train.py", 12, Signal.TRACKER, "mlflow");
    private final TrackerInTrainingCodeProbe probe = new TrackerInTrainingCodeProbe();

    @Test
    void trackingInAScriptThatADvcStageRunsIsWired() {
        Finding f = probe.evaluate(read(MLFLOW, stage("train", List.of("src/train.py"))), context(Track.CLASSICAL));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("mlflow tracking in code that runs: src/train.py run by dvc.yaml#train (dvc stage)");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(at("src/train.py", 12, 12), at("dvc.yaml", 2, 6));
    }

    @Test
    void trackingInAScriptThatCiRunsIsWired() {
        var train = job(".github/workflows/train.yml", 4, 20, "train", Set.of(Trigger.MANUAL), List.of(), List.of("python src/train.py"),
                List.of("src/train.py"), null);
        assertThat(probe.evaluate(read(MLFLOW, train), context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void trackingThatNothingRunsIsDeclaredOnly() {
        Finding f = probe.evaluate(read(MLFLOW, stage("featurize", List.of("src/features.py"))), context(Track.CLASSICAL));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).startsWith("tracker calls declared only");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactlyInAnyOrder(at("src/train.py", 12, 12), tree());
    }

    @Test
    void noTrackerIsNotMetAndAnUnreadTreeIsUnknown() {
        assertThat(probe.evaluate(read(), context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(probe.evaluate(TestFacts.unread(), context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.UNKNOWN);
    }
}
