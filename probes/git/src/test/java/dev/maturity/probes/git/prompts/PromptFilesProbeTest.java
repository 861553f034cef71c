package dev.maturity.probes.git.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.GovernedLlmRepo;
import dev.maturity.fixtures.platforms.UngovernedLlmRepo;
import dev.maturity.probes.git.ownership.ScannedRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptFilesProbeTest {

    @TempDir
    Path tmp;

    @Test
    void promptyAndJinjaPromptFilesAreVersionedPromptsCitedByTheirTemplateLines() {
        Path dir = tmp.resolve("support-assistant");
        ScannedRepo repo = ScannedRepo.scan(dir, GovernedLlmRepo.create(dir));
        Finding f = repo.evaluate(new PromptFilesProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("3 prompt file(s): 2 prompty, 1 jinja");
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.at("prompts/answer.prompty", 17, 29),
                repo.at("prompts/handoff.j2", 1, 7), repo.at("prompts/triage.prompty", 20, 27));
        assertThat(repo.facts().of(PromptFile.class)).extracting(PromptFile::path, PromptFile::format).containsExactly(
                org.assertj.core.groups.Tuple.tuple("prompts/answer.prompty", PromptFormat.PROMPTY),
                org.assertj.core.groups.Tuple.tuple("prompts/handoff.j2", PromptFormat.JINJA),
                org.assertj.core.groups.Tuple.tuple("prompts/triage.prompty", PromptFormat.PROMPTY));
    }

    @Test
    void anEmptyPromptFileAndAHubPullAreNotVersionedPrompts() {
        Path dir = tmp.resolve("claims-bot");
        ScannedRepo repo = ScannedRepo.scan(dir, UngovernedLlmRepo.create(dir));
        Finding f = repo.evaluate(new PromptFilesProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("no non-empty prompt file; 1 empty prompt file(s), 1 prompt(s) pulled from a hub at run time");
        assertThat(ScannedRepo.locators(f)).containsExactlyInAnyOrder(repo.at("prompts/system.prompty"),
                repo.at("src/chatbot/bot.py", 7, 7), repo.tree());
        assertThat(repo.facts().of(PromptHubPull.class)).singleElement()
                .satisfies(p -> assertThat(p.handle()).isEqualTo("acme/claims-rag"));
    }

    @Test
    void promptYamlDotpromptAndPromptsTreesAreFoundButSettingsAndHtmlTemplatesAreNot() {
        Path dir = tmp.resolve("agents");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("config/prompts.yaml", """
                    summarize:
                      system: You are a careful editor. Summarise the text in three sentences.
                      user: "{text}"
                    temperature: 0.1
                    """)
                    .file("chains/qa.yaml", """
                            _type: prompt
                            input_variables: [question]
                            template: "Answer briefly: {question}"
                            """)
                    .file("settings.yaml", "template: default\nprompt: yes\n")
                    .file("prompts/refusal.txt", "\nPolitely refuse requests for medical advice.\n")
                    .file("prompts/README.md", "How we write prompts.\n")
                    .file("flows/extract.prompt", """
                            ---
                            model: googleai/gemini-2.5-flash
                            input:
                              schema:
                                invoice: string
                            ---
                            Extract the invoice number and total from: {{invoice}}
                            """)
                    .file("flows/empty.prompt", "---\nmodel: googleai/gemini-2.5-flash\n---\n\n")
                    .file(".github/copilot/review.prompt.md", "---\nmode: agent\n---\nReview the diff for prompt injection risks.\n")
                    .file("docs/prompting-guide.md", "# How we prompt\n\nKeep system prompts short.\n")
                    .file("web/templates/index.html.j2", "<html><body>{{ title }}</body></html>\n")
                    .file("ansible/templates/app.conf.j2", "listen {{ port }}\n")
                    .commit("prompts in several shapes").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        assertThat(repo.facts().of(PromptFile.class)).extracting(PromptFile::path, PromptFile::format, p -> p.evidence().locator())
                .containsExactly( // calibration: .github/copilot/ instructs a coding assistant, it is no prompt of a workload
                        org.assertj.core.groups.Tuple.tuple("chains/qa.yaml", PromptFormat.PROMPT_YAML, repo.at("chains/qa.yaml", 1, 3)),
                        org.assertj.core.groups.Tuple.tuple("config/prompts.yaml", PromptFormat.PROMPT_YAML, repo.at("config/prompts.yaml", 2, 3)),
                        org.assertj.core.groups.Tuple.tuple("flows/extract.prompt", PromptFormat.DOTPROMPT, repo.at("flows/extract.prompt", 7, 7)),
                        org.assertj.core.groups.Tuple.tuple("prompts/refusal.txt", PromptFormat.TEXT, repo.at("prompts/refusal.txt", 2, 2)));
        assertThat(repo.facts().of(IgnoredPromptFile.class)).extracting(IgnoredPromptFile::path, IgnoredPromptFile::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("flows/empty.prompt", "front matter without a template"));
    }

    @Test
    void promptModulesAndPromptTomlAreVersionedPromptsButDocstringsAndHelpersAreNot() {
        Path dir = tmp.resolve("modules");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("src/assistant/processor/prompts.py", """
                    \"\"\"Prompts of the assistant.\"\"\"
                    from langchain_core.prompts import PromptTemplate

                    personality = PromptTemplate.from_template(
                        \"\"\"
                    You are Ada, a helpful personal assistant.
                    Today is {day_of_week}.
                    \"\"\".strip()
                    )
                    """)
                    .file("settings/pr_review_prompts.toml", """
                            [pr_review_prompt]
                            system=\"\"\"You are a reviewer of pull requests.
                            Point out bugs and risky changes only.
                            \"\"\"
                            """)
                    .file("src/prompts/context_summary.py", """
                            SUMMARY = (
                                "Summarize the conversation so far in three sentences."
                            )
                            GUARD = f\"\"\"
                            Refuse to answer questions about {topic}; say you cannot help with that.
                            \"\"\"
                            """)
                    .file("src/utils/prompt_provenance.py", """
                            def tag(run):
                                \"\"\"
                                Attach the prompt commit and the agent revision to the root run.
                                \"\"\"
                                return run
                            """)
                    .file("src/rag/chain.py", "SYSTEM = \"\"\"\nYou answer from the retrieved documents only, citing each.\n\"\"\"\n")
                    .commit("prompts as modules").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        assertThat(repo.facts().of(PromptFile.class)).extracting(PromptFile::path, PromptFile::format, p -> p.evidence().locator())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("settings/pr_review_prompts.toml", PromptFormat.PROMPT_TOML,
                                repo.at("settings/pr_review_prompts.toml", 2, 4)),
                        org.assertj.core.groups.Tuple.tuple("src/assistant/processor/prompts.py", PromptFormat.PROMPT_MODULE,
                                repo.at("src/assistant/processor/prompts.py", 5, 8)),
                        org.assertj.core.groups.Tuple.tuple("src/prompts/context_summary.py", PromptFormat.PROMPT_MODULE,
                                repo.at("src/prompts/context_summary.py", 4, 6)));
        Finding f = repo.evaluate(new PromptFilesProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("3 prompt file(s): 1 prompt toml, 2 prompt module");
    }

    @Test
    void aPromptyWithBrokenFrontMatterIsListedAsUnreadableWithItsLine() {
        Path dir = tmp.resolve("broken");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("prompts/bad.prompty", "---\nname: [unclosed\nmodel: x\n---\nsystem:\nHello {{name}}\n")
                    .file("prompts/good.prompty", "---\nname: good\n---\nsystem:\nYou are a helpful assistant.\n")
                    .commit("one broken prompt").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        assertThat(repo.unreadable("prompty front matter:")).singleElement()
                .satisfies(u -> assertThat(u.location().locator()).isEqualTo(repo.at("prompts/bad.prompty", 3, 3)));
        assertThat(repo.evaluate(new PromptFilesProbe()).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aJavaScriptHubPullIsCitedButTestPromptsAreLeftOut() {
        Path dir = tmp.resolve("js-agent");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("src/chain.ts", """
                    import * as hub from "langchain/hub";

                    export const prompt = await hub.pull<ChatPromptTemplate>("acme/support-rag");
                    """)
                    .file("tests/fixtures/prompts/sample.txt", "You are a test double.\n")
                    .commit("hub prompt").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        assertThat(repo.facts().of(PromptFile.class)).isEmpty();
        assertThat(repo.facts().of(PromptHubPull.class)).singleElement().satisfies(p -> {
            assertThat(p.handle()).isEqualTo("acme/support-rag");
            assertThat(p.evidence().locator()).isEqualTo(repo.at("src/chain.ts", 3, 3));
        });
        assertThat(repo.evaluate(new PromptFilesProbe()).outcome()).isEqualTo(Outcome.NOT_MET);
    }
}
