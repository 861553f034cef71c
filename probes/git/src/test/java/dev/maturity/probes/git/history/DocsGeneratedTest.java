package dev.maturity.probes.git.history;

import static dev.maturity.fixtures.git.GitRepoBuilder.ALICE;
import static dev.maturity.fixtures.git.GitRepoBuilder.CI_BOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsGeneratedTest {

    @TempDir
    Path tmp;

    @Test
    void modelCardsLastWrittenByTheCiBotAreGeneratedByThePipeline() {
        Path dir = tmp.resolve("generated");
        RevCommit card;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-05-01T09:00:00Z")).as(ALICE).file("docs/models/churn.md", "# Churn (draft)\n").commit("draft");
            card = repo.as(CI_BOT).file("docs/models/churn.md", "# Churn v7\nAUC 0.91\n").commit("Regenerate model card for v7");
        }

        Finding f = Scanned.ask(new DocsGeneratedByPipelineProbe(), Scanned.facts(dir));

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(Scanned.locators(f)).containsExactly("generated@" + card.getName() + ":docs/models/churn.md");
        assertThat(f.evidence().get(0).detail()).startsWith("written by automation: ");
    }

    @Test
    void aModelCardEditedByHandIsNotGenerated() {
        Path dir = tmp.resolve("handmade");
        RevCommit edit;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-05-01T09:00:00Z")).as(CI_BOT).file("model_card.md", "# v1\n").commit("generated");
            repo.as(CI_BOT).file("docs/models/fraud.md", "# fraud\n").commit("generated fraud card");
            edit = repo.as(ALICE).file("model_card.md", "# v1 (fixed typo)\n").commit("typo");
        }

        Finding f = Scanned.ask(new DocsGeneratedByPipelineProbe(), Scanned.facts(dir));

        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("1 of 2 latest model-doc commit(s) came from CI/bot identities");
        assertThat(Scanned.locators(f)).contains("handmade@" + edit.getName() + ":model_card.md");
    }
}
