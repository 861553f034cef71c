package dev.maturity.probes.git.checks;

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
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.probes.git.TestFacts;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WiredChecksTest {

    private static final CodeSignal GX = signal("pipelines/validate.py", 4, Signal.DATA_QUALITY, "great_expectations");
    private static final CodeSignal EVIDENTLY = signal("monitoring/drift.py", 2, Signal.DRIFT, "evidently");
    private static final CodeSignal FAIRLEARN = signal("src/fairness.py", 7, Signal.FAIRNESS, "fairlearn");
    private static final CodeSignal SKEW = signal("monitoring/skew.py", 9, Signal.SKEW, "tfdv");

    private static CiJob running(String id, Set<Trigger> triggers, String path) {
        return job(".github/workflows/" + id + ".yml", 5, 15, id, triggers, List.of(), List.of("python " + path), List.of(path), null);
    }

    private static List<String> locators(Finding f) {
        return f.evidence().stream().map(Evidence::locator).toList();
    }

    @Test
    void dataQualityCodeRunByAPullRequestJobIsWired() {
        Finding f = new DataQualityWiredProbe().evaluate(read(GX, running("ci", Set.of(Trigger.PULL_REQUEST), GX.path())),
                context(Track.CLASSICAL));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::strength).containsOnly(Strength.WIRED);
        assertThat(locators(f)).containsExactlyInAnyOrder(at("pipelines/validate.py", 4, 4), at(".github/workflows/ci.yml", 5, 15));
    }

    @Test
    void dataQualityCodeRunByADvcStageIsWired() {
        Finding f = new DataQualityWiredProbe().evaluate(read(GX, stage("validate", List.of(GX.path()))), context(Track.CLASSICAL));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(locators(f)).contains(at("dvc.yaml", 2, 6));
    }

    @Test
    void theToolsCliInCiCountsWithoutCode() {
        CiJob soda = job(".github/workflows/dq.yml", 5, 15, "dq", Set.of(Trigger.PUSH), List.of(),
                List.of("soda scan -d warehouse -c soda/configuration.yml soda/checks.yml"), List.of(), null);
        assertThat(new DataQualityWiredProbe().evaluate(read(soda), context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void checksThatNothingRunsAreDeclaredOnly() {
        Finding f = new DataQualityWiredProbe().evaluate(read(GX), context(Track.CLASSICAL));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("data quality checks declared only: nothing in CI, a schedule or a pipeline stage runs them");
        assertThat(locators(f)).containsExactlyInAnyOrder(at("pipelines/validate.py", 4, 4), tree());
    }

    @Test
    void aManualJobDoesNotWireACheck() {
        Finding f = new FairnessChecksWiredProbe().evaluate(read(FAIRLEARN, running("fair", Set.of(Trigger.MANUAL), FAIRLEARN.path())),
                context(Track.CLASSICAL));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(locators(f)).contains(at(".github/workflows/fair.yml", 5, 15));
    }

    @Test
    void driftMonitoringMustRunOnASchedule() {
        assertThat(new DriftMonitoringWiredProbe().evaluate(read(EVIDENTLY, running("pr", Set.of(Trigger.PULL_REQUEST), EVIDENTLY.path())),
                context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(new DriftMonitoringWiredProbe().evaluate(read(EVIDENTLY, running("nightly", Set.of(Trigger.SCHEDULE), EVIDENTLY.path())),
                context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void skewMonitoringOnAScheduleIsWiredAndAbsentIsNotFound() {
        assertThat(new SkewMonitoringWiredProbe().evaluate(read(SKEW, running("nightly", Set.of(Trigger.SCHEDULE), SKEW.path())),
                context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.MET);
        Finding none = new SkewMonitoringWiredProbe().evaluate(read(), context(Track.CLASSICAL));
        assertThat(none.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(none.summary()).isEqualTo("no training-serving skew checks found");
        assertThat(locators(none)).containsExactly(tree());
    }

    @Test
    void theOtherSignalKindsDoNotCount() {
        assertThat(new DriftMonitoringWiredProbe().evaluate(read(GX, running("nightly", Set.of(Trigger.SCHEDULE), GX.path())),
                context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void dataContractsCheckedInCiNeedTheContractFile() {
        CiJob checks = job(".github/workflows/contracts.yml", 5, 15, "contracts", Set.of(Trigger.PULL_REQUEST), List.of(),
                List.of("pip install 'datacontract-cli[all]'", "datacontract test datacontract.yaml"), List.of("datacontract.yaml"), null);
        Finding f = new DataContractsInCiProbe().evaluate(read(checks), context(Track.CLASSICAL));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo(".github/workflows/contracts.yml#contracts (pull_request) checks datacontract.yaml");
        CiJob noFile = job(".github/workflows/contracts.yml", 5, 15, "contracts", Set.of(Trigger.PULL_REQUEST), List.of(),
                List.of("datacontract lint"), List.of(), null);
        assertThat(new DataContractsInCiProbe().evaluate(read(noFile), context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(new DataContractsInCiProbe().evaluate(TestFacts.unread(), context(Track.CLASSICAL)).outcome()).isEqualTo(Outcome.UNKNOWN);
    }
}
