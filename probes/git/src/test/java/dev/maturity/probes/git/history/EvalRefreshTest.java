package dev.maturity.probes.git.history;

import static dev.maturity.fixtures.git.GitRepoBuilder.ALICE;
import static dev.maturity.fixtures.git.GitRepoBuilder.CI_BOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRefreshTest {

    @TempDir
    Path tmp;

    @Test
    void anEvalSetSampledFromProductionEveryWeekIsRefreshedWeeklyWithEachWeeksCommitAsEvidence() {
        Path dir = tmp.resolve("weekly");
        List<RevCommit> samples = new ArrayList<>();
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-06-01T09:00:00Z")).as(ALICE).file("evals/promptfooconfig.yaml", "tests: file://data/cases.jsonl\n")
                    .commit("Eval suite");
            repo.as(CI_BOT).at(Instant.parse("2026-07-07T03:00:00Z")).step(Duration.ofDays(7));
            for (int week = 0; week < 8; week++) {
                samples.add(repo.file("evals/data/cases.jsonl", "{\"input\": \"sample " + week + "\"}\n")
                        .commit("Sample production inputs into the eval set"));
            }
        }

        Finding f = Scanned.ask(new EvalSetWeeklyRefreshProbe(), Scanned.facts(dir));

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("eval dataset files changed in 8 of the last 8 weeks (need 6)");
        assertThat(Scanned.locators(f)).containsExactlyInAnyOrderElementsOf(
                samples.stream().map(c -> "weekly@" + c.getName() + ":evals/data/cases.jsonl").toList());
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e.detail()).startsWith("week ending 2026-09-01 (1 commit(s)): 2026-08-25T03:00:00Z"));
    }

    @Test
    void anEvalSetTouchedInTwoRecentWeeksIsStaleAndCitesItsHistory() {
        Path dir = tmp.resolve("stale");
        RevCommit lastWeek;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-05-01T09:00:00Z")).file("evals/golden.jsonl", "{}\n").commit("golden set");
            repo.at(Instant.parse("2026-08-20T09:00:00Z")).file("evals/golden.jsonl", "{\"a\":1}\n").commit("two more cases");
            lastWeek = repo.at(Instant.parse("2026-08-27T09:00:00Z")).file("evals/golden.jsonl", "{\"a\":2}\n").commit("fix a case");
        }

        Finding f = Scanned.ask(new EvalSetWeeklyRefreshProbe(), Scanned.facts(dir));

        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("eval dataset files changed in 2 of the last 8 weeks (need 6)");
        assertThat(Scanned.locators(f)).contains("stale@" + lastWeek.getName() + ":evals/golden.jsonl");
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e.detail())
                .isEqualTo("3 change(s) to eval dataset files in all history, last 2026-08-27T09:00:00Z"));
    }

    @Test
    void anEvalSetNeverChangedInTheWindowSaysSo() {
        Path dir = tmp.resolve("frozen");
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-03-01T09:00:00Z")).file("evals/cases.csv", "q,a\n").commit("cases");
        }

        Finding f = Scanned.ask(new EvalSetWeeklyRefreshProbe(), Scanned.facts(dir));

        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("no eval dataset file changed in the last 8 weeks");
    }
}
