package dev.maturity.probes.git.history;

import static dev.maturity.fixtures.git.GitRepoBuilder.ALICE;
import static dev.maturity.fixtures.git.GitRepoBuilder.BOB;
import static dev.maturity.fixtures.git.GitRepoBuilder.GITHUB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskAssessmentTest {

    @TempDir
    Path tmp;

    @Test
    void riskAssessmentsChangedInTheSameMergeOrWithinTwoWeeksCoverEveryMaterialChange() {
        Path dir = tmp.resolve("governed");
        RevCommit merge;
        RevCommit prompt;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-06-20T09:00:00Z")).file("README.md", "x\n").commit("init");
            repo.branch("retrain").as(BOB).file("train.py", "model = 'xgb'\n").commit("Switch to xgboost")
                    .getName();
            repo.file("docs/risk-assessment.md", "## Change: xgboost\nRisk: low\n").commit("Assess xgboost switch");
            merge = repo.checkout("main").as(BOB, GITHUB).at(Instant.parse("2026-07-01T09:00:00Z"))
                    .merge("retrain", "Merge pull request #30 from acme/retrain");
            prompt = repo.as(ALICE).at(Instant.parse("2026-07-20T09:00:00Z")).file("prompts/system.txt", "v2\n")
                    .commit("Prompt v2 (#31)");
            repo.at(Instant.parse("2026-07-25T09:00:00Z")).file("docs/risk-assessment.md", "## Change: prompt v2\n")
                    .commit("Risk review of prompt v2 (#32)");
        }

        Finding f = Scanned.ask(new RiskAssessmentPerChangeProbe(), Scanned.facts(dir));

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("2 of 2 material change(s) in the last 90 days came with a risk assessment change");
        assertThat(Scanned.locators(f)).containsExactlyInAnyOrder("governed@" + merge.getName() + ":train.py",
                "governed@" + prompt.getName() + ":prompts/system.txt");
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e.detail()).endsWith("risk assessment changed in the same commit"));
    }

    @Test
    void materialChangesWithoutAnyRiskDocChangeNearbyAreListedAndARecentOneIsStillPending() {
        Path dir = tmp.resolve("ungoverned");
        RevCommit train;
        RevCommit data;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-06-01T09:00:00Z")).file("risk-assessment.md", "# Risk\n").commit("Risk assessment");
            train = repo.at(Instant.parse("2026-07-01T09:00:00Z")).file("train.py", "epochs = 9\n").commit("Train longer");
            data = repo.at(Instant.parse("2026-08-01T09:00:00Z")).file("data/train.dvc", "outs:\n- md5: 2\n").commit("New data");
            repo.at(Instant.parse("2026-08-25T09:00:00Z")).file("prompts/system.txt", "v3\n").commit("Prompt v3");
        }

        Finding f = Scanned.ask(new RiskAssessmentPerChangeProbe(), Scanned.facts(dir));

        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("0 of 3 material change(s) in the last 90 days came with a risk assessment change, "
                + "1 still within the 14-day allowance; 2 without");
        assertThat(Scanned.locators(f)).contains("ungoverned@" + train.getName() + ":train.py",
                "ungoverned@" + data.getName() + ":data/train.dvc");
        assertThat(f.evidence()).filteredOn(e -> e.detail().startsWith("no risk assessment change within 14 days")).hasSize(2);
    }

    @Test
    void aRiskRegisterAtAPathTheRubricNamesCountsOnceTheRubricSaysSo() {
        Path dir = tmp.resolve("register");
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-07-01T09:00:00Z")).file("train.py", "epochs = 9\n")
                    .file("compliance/model-register.md", "## churn v7: reviewed, low risk\n").commit("Train longer, register updated");
        }
        java.util.Map<String, Object> params = new java.util.HashMap<>(dev.maturity.core.rubric.RubricLoader.loadDefault().parameters());

        assertThat(Scanned.ask(new RiskAssessmentPerChangeProbe(), Scanned.facts(Scanned.AS_OF, params, dir), params).outcome())
                .as("the default patterns do not know compliance/model-register.md").isEqualTo(Outcome.NOT_MET);

        params.put("risk.paths", java.util.List.of("compliance/**"));
        assertThat(Scanned.ask(new RiskAssessmentPerChangeProbe(), Scanned.facts(Scanned.AS_OF, params, dir), params).outcome())
                .isEqualTo(Outcome.MET);
    }
}
