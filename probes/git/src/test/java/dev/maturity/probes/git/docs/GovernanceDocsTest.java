package dev.maturity.probes.git.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.ownership.ScannedRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceDocsTest {

    @TempDir
    Path tmp;

    private ScannedRepo governed() {
        return ScannedRepo.governed(tmp);
    }

    private ScannedRepo ungoverned() {
        return ScannedRepo.ungoverned(tmp);
    }

    @Test
    void aModelCardWithIntendedUseMetricsAndLimitationsIsEvidence() {
        ScannedRepo repo = governed();
        Finding f = repo.evaluate(new ModelCardsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("1 model card(s) with intended use, metrics and limitations: MODEL_CARD.md");
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.at("MODEL_CARD.md", 6, 28));
    }

    @Test
    void aHuggingFaceTemplateNeverFilledInIsNotAModelCard() {
        ScannedRepo repo = ungoverned();
        Finding f = repo.evaluate(new ModelCardsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("1 of 1 model card(s) lack real content in two of intended use, metrics, limitations: MODEL_CARD.md");
        assertThat(ScannedRepo.locators(f)).containsExactlyInAnyOrder(repo.at("MODEL_CARD.md", 1, 40), repo.tree());
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e.detail()).isEqualTo(
                "template-only model card; card metadata license; template text in intended use, metrics, limitations"));
    }

    @Test
    void huggingFaceFrontMatterInAReadmeMakesItAModelCard() {
        Path dir = tmp.resolve("sentiment");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("models/sentiment/README.md", """
                    ---
                    license: mit
                    datasets:
                      - imdb
                    model-index:
                      - name: sentiment-distilbert
                        results:
                          - task: {type: text-classification}
                            metrics:
                              - type: accuracy
                                value: 0.93
                    ---
                    # sentiment-distilbert

                    ## Intended uses & limitations

                    Classifies English product reviews as positive or negative for the review dashboard.
                    It is not meant for moderation decisions and degrades on sarcasm and non-English text.
                    """)
                    .file("README.md", "---\nlicense: mit\n---\n# Tools\n\nSome tools.\n")
                    .commit("sentiment model card").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        assertThat(repo.facts().of(ModelCard.class)).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("models/sentiment/README.md");
            assertThat(c.metadata()).containsExactly("model-index", "datasets", "license");
            assertThat(c.written()).containsExactlyInAnyOrder(CardSection.INTENDED_USE, CardSection.METRICS);
            assertThat(c.evidence().locator()).isEqualTo(repo.at("models/sentiment/README.md", 1, 18));
        });
        assertThat(repo.evaluate(new ModelCardsProbe()).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aHumanOverrideRunbookWithStepsDocumentsTheOverridePath() {
        ScannedRepo repo = governed();
        Finding f = repo.evaluate(new HumanOverridePathProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("human override procedure in docs/runbooks/human-override.md");
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.at("docs/runbooks/human-override.md", 1, 16));
        assertThat(f.evidence().get(0).detail()).isEqualTo(
                "procedure of 6 steps on human override: Human override of assistant decisions");
    }

    @Test
    void mentioningManualReviewWithoutAProcedureIsNotAnOverridePath() {
        ScannedRepo repo = ungoverned();
        Finding f = repo.evaluate(new HumanOverridePathProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("1 document(s) mention human override but state no procedure (fewer than two steps)");
        assertThat(ScannedRepo.locators(f)).containsExactlyInAnyOrder(repo.at("docs/operations.md", 1, 4), repo.tree());
    }

    @Test
    void procedureWordsInBlogPostsFaqsAndEvalWriteUpsAreNotAnOverridePath() {
        Path dir = tmp.resolve("docs-site");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("docs/blog/2026-03-launch/index.md", """
                            # The Research Pipeline

                            Our agents keep a human in the loop:

                            1. The planner drafts questions.
                            2. A human review step approves the plan.
                            3. The writer publishes the report.
                            """)
                    .file("docs/faq/index.md", "# FAQ\n\n## Can I turn it off?\n\n- Use the kill switch in settings.\n- Or disable the agent.\n")
                    .file("docs/evals/judge.md", "# LLM judge results\n\n1. Manual review of 50 answers.\n2. Human override rate 3%.\n")
                    .file("docs/oncall/override.md", """
                            # Overriding the triage model

                            1. Page the owning team.
                            2. Set TRIAGE_MODEL_ENABLED=false (the kill switch) in the service config.
                            3. Review the queued decisions manually.
                            """)
                    .commit("docs").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        Finding f = repo.evaluate(new HumanOverridePathProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("human override procedure in docs/oncall/override.md");
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.at("docs/oncall/override.md", 1, 5));
    }

    @Test
    void noDocumentAtAllCitesTheTreeSearched() {
        Path dir = tmp.resolve("bare");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("docs/setup.md", "# Setup\n\n1. Install.\n2. Run.\n").commit("setup").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        Finding f = repo.evaluate(new HumanOverridePathProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.tree());
        assertThat(repo.evaluate(new ModelCardsProbe()).summary())
                .isEqualTo("no model card (Hugging Face card metadata, MODEL_CARD.md or docs/models/*.md)");
    }
}
