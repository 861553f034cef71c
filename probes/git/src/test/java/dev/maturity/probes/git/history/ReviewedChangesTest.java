package dev.maturity.probes.git.history;

import static dev.maturity.fixtures.git.GitRepoBuilder.ALICE;
import static dev.maturity.fixtures.git.GitRepoBuilder.BOB;
import static dev.maturity.fixtures.git.GitRepoBuilder.CI_BOT;
import static dev.maturity.fixtures.git.GitRepoBuilder.GITHUB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewedChangesTest {

    @TempDir
    Path tmp;

    @Test
    void commitsThroughPullRequestsSquashesAndTheForgeCountAsReviewedAndOneDirectPushIsTolerated() {
        Path dir = tmp.resolve("assistant");
        RevCommit direct;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-06-10T09:00:00Z")).file("README.md", "# assistant\n").commit("Initial commit");
            repo.branch("prompt-tone").as(BOB).file("prompts/system.txt", "You are a careful assistant.\n")
                    .commit("Soften the system prompt");
            repo.checkout("main").as(BOB, GITHUB);
            repo.merge("prompt-tone", "Merge pull request #12 from acme/prompt-tone\n\nSoften the system prompt");
            repo.as(ALICE, GITHUB).file("train.py", "lr = 0.01\n").commit("Tune learning rate (#13)");
            repo.as(BOB, GITHUB).file("deploy/service.yaml", "replicas: 2\n").commit("Update service.yaml");
            repo.as(ALICE).file("data/train.dvc", "outs:\n- md5: 1\n").commit("Refresh training data\n\nSee merge request ml/assistant!7");
            direct = repo.as(ALICE).file("evals/promptfooconfig.yaml", "tests: []\n").commit("quick fix");
        }
        Facts facts = Scanned.facts(dir);

        Finding f = Scanned.ask(new MlChangesReviewedProbe(), facts);

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).startsWith("4 of 5 commit(s) changing ML paths in the last 90 days arrived reviewed (80%, need 80%)")
                .endsWith("pushed directly: " + direct.getName().substring(0, 12));
        assertThat(f.evidence()).hasSize(4).allSatisfy(e -> assertThat(e.strength().id()).isEqualTo("alive"));
        assertThat(Scanned.locators(f)).doesNotContain("assistant@" + direct.getName() + ":evals/promptfooconfig.yaml");
    }

    @Test
    void directPushesOfPromptsAndTrainingCodeAreNotReviewAndEachIsListed() {
        Path dir = tmp.resolve("cowboy");
        RevCommit prompt;
        RevCommit train;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-07-01T09:00:00Z")).as(ALICE);
            prompt = repo.file("prompts/system.txt", "Be terse.\n").commit("prompt tweak");
            train = repo.file("train.py", "epochs = 3\n").commit("more epochs");
            repo.branch("feature").file("train.py", "epochs = 4\n").commit("even more epochs");
            repo.checkout("main").merge("feature", "Merge pull request #2 from acme/feature");
        }
        Facts facts = Scanned.facts(dir);

        Finding ml = Scanned.ask(new MlChangesReviewedProbe(), facts);
        Finding prompts = Scanned.ask(new PromptsChangeByReviewProbe(), facts);

        assertThat(ml.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(ml.summary()).startsWith("1 of 3 commit(s) changing ML paths in the last 90 days arrived reviewed (33%");
        assertThat(Scanned.locators(ml)).contains("cowboy@" + prompt.getName() + ":prompts/system.txt",
                "cowboy@" + train.getName() + ":train.py");
        assertThat(prompts.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(prompts.summary()).startsWith("0 of 1 commit(s) changing prompt files");
        assertThat(Scanned.locators(prompts)).contains("cowboy@" + prompt.getName() + ":prompts/system.txt");
    }

    @Test
    void promptsChangedOnlyThroughPullRequestsAreMetWithTheMergeAsEvidence() {
        Path dir = tmp.resolve("bot");
        RevCommit merge;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-08-01T09:00:00Z")).file("README.md", "x\n").commit("init");
            repo.branch("p").as(BOB).file("prompts/answer.prompty", "---\nname: answer\n---\nsystem: hi\n").commit("answer prompt");
            merge = repo.checkout("main").as(ALICE, GITHUB).merge("p", "Merge pull request #5 from acme/p");
            repo.as(CI_BOT).file("evals/data/cases.jsonl", "{\"q\":1}\n").commit("Nightly eval sample");
        }

        Finding f = Scanned.ask(new PromptsChangeByReviewProbe(), Scanned.facts(dir));
        Finding ml = Scanned.ask(new MlChangesReviewedProbe(), Scanned.facts(dir));

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(Scanned.locators(f)).containsExactly("bot@" + merge.getName() + ":prompts/answer.prompty");
        assertThat(f.evidence().get(0).detail()).contains("pull/merge request merge");
        assertThat(ml.outcome()).as("the bot's direct eval sample is automation, not an unreviewed change").isEqualTo(Outcome.MET);
        assertThat(ml.summary()).startsWith("1 of 1 commit(s)");
    }

    @Test
    void aCommitChangingEvalDataAndAPromptIsCitedAtThePromptFile() {
        Path dir = tmp.resolve("mixed");
        RevCommit both;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            both = repo.at(Instant.parse("2026-08-01T09:00:00Z")).file("evals/data/cases.jsonl", "{}\n")
                    .file("prompts/system.txt", "Be brief.\n").commit("prompt and cases");
        }

        Finding f = Scanned.ask(new PromptsChangeByReviewProbe(), Scanned.facts(dir));

        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(Scanned.locators(f)).contains("mixed@" + both.getName() + ":prompts/system.txt")
                .doesNotContain("mixed@" + both.getName() + ":evals/data/cases.jsonl");
    }

    @Test
    void noMlChangeInTheWindowIsNotMetCitingTheHistoryWalked() {
        Path dir = tmp.resolve("old");
        RevCommit head;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            head = repo.at(Instant.parse("2025-01-10T09:00:00Z")).file("train.py", "x = 1\n").commit("train");
        }

        Finding f = Scanned.ask(new MlChangesReviewedProbe(), Scanned.facts(dir));

        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("no commit changed ML paths in the last 90 days: no reviewed change to show");
        assertThat(Scanned.locators(f)).contains("old@" + head.getName());
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e.detail()).startsWith("history walked: 1 commit(s)"));
    }
}
