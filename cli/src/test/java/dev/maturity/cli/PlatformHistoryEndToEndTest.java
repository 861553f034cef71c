package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.render.ReportJson;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.kubernetes.ApiServer;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform story end to end with the installed probes: a platform scan of two repositories, an
 * MLflow server and a cluster records every target; a repository then loses its eval workflow, and
 * {@code maturity history} shows the drop and the criterion that flipped.
 */
class PlatformHistoryEndToEndTest {

    private static final String WORKFLOW = """
            name: eval
            on:
              pull_request:
              push:
                branches: [main]
            jobs:
              eval:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: actions/setup-node@v4
                    with:
                      node-version: 20
                  - run: npx promptfoo@0.96.0 eval -c evals/promptfooconfig.yaml
            """;

    private static final String PROMPTFOO = """
            prompts:
              - file://prompts/answer.txt
            providers:
              - openai:gpt-4o-mini
            tests:
              - vars:
                  question: How do I reset my password?
                assert:
                  - type: icontains
                    value: reset
              - vars:
                  question: What is the refund window?
                assert:
                  - type: icontains
                    value: 30 days
            """;

    @TempDir
    Path dir;

    @Test
    void history_shows_the_level_drop_after_a_repository_loses_its_eval_workflow() throws Exception {
        Path bot = dir.resolve("repos/support-bot");
        GitRepoBuilder repo = GitRepoBuilder.init(bot);
        repo.at(Instant.parse("2026-11-20T09:00:00Z"))
                .file("requirements.txt", "openai==1.54.3\nfastapi==0.115.4\n")
                .file("app/answer.py", "from openai import OpenAI\n\nclient = OpenAI()\n\n"
                        + "def answer(q):\n    return client.chat.completions.create(model='gpt-4o-mini',"
                        + " messages=[{'role': 'user', 'content': q}])\n")
                .file("prompts/answer.txt", "You are Acme's support assistant. Answer: {{question}}\n")
                .file("evals/promptfooconfig.yaml", PROMPTFOO)
                .file(".github/workflows/eval.yml", WORKFLOW)
                .commit("Support bot with a promptfoo regression suite in CI");
        try (GitRepoBuilder other = GitRepoBuilder.init(dir.resolve("repos/ranker"))) {
            other.at(Instant.parse("2026-11-20T09:00:00Z"))
                    .file("requirements.txt", "scikit-learn==1.5.2\n")
                    .file("train.py", "from sklearn.ensemble import GradientBoostingClassifier\n")
                    .commit("Ranker");
        }
        String history = dir.resolve("history.db").toString();
        CommandRun first;
        CommandRun second;
        try (MlflowServer mlflow = MlflowServer.start(MlflowPlatforms.level1Notebooks());
             ApiServer cluster = ApiServer.start().load("level4.yaml")) {
            Path kubeconfig = cluster.writeKubeconfig(dir, "prod-ml");
            Path config = dir.resolve("maturity.yaml");
            Files.writeString(config, """
                    platforms:
                      - name: genai
                        team: assistants
                        targets:
                          - {name: support-bot, git: repos/support-bot}
                      - name: recsys
                        targets:
                          - {name: ranker, git: repos/ranker}
                          - {name: registry, mlflow: {uri: "%s"}}
                      - name: infra
                        targets:
                          - name: prod-ml
                            kubernetes: {context: prod-ml-ctx, kubeconfig: "%s"}
                    """.formatted(mlflow.uri(), kubeconfig));

            first = CommandRun.of("scan", "--config", config.toString(), "--history", history, "--format", "json");
            repo.step(Duration.ofDays(1)).delete(".github/workflows/eval.yml").commit("Drop the eval workflow (too slow)");
            repo.close();
            second = CommandRun.of("scan", "--config", config.toString(), "--history", history);
        }

        assertThat(first.code()).as(first.err()).isIn(0, 1);
        assertThat(second.code()).as(second.err()).isIn(0, 1);
        JsonNode targets = ReportJson.MAPPER.readTree(first.out()).get("targets");
        assertThat(source(targets, "registry", "mlflow")).isEqualTo("OK");
        assertThat(source(targets, "prod-ml", "kubernetes")).isEqualTo("OK");
        List<HistoryEntry> recorded = HistoryStore.open(history).read(null, null);
        assertThat(recorded).extracting(HistoryEntry::target).containsExactlyInAnyOrder(
                "support-bot", "ranker", "registry", "prod-ml", "support-bot", "ranker", "registry", "prod-ml");
        assertThat(recorded).allMatch(HistoryEntry::scored);
        assertThat(Files.readString(Path.of(history), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(ApiServer.TOKEN);

        CommandRun json = CommandRun.of("history", "--history", history, "--target", "support-bot", "--format", "json");
        JsonNode change = ReportJson.MAPPER.readTree(json.out()).get("targets").get(0).get("changes").get(0);
        assertThat(change.get("axis").asText() + "/" + change.get("track").asText()).isEqualTo("evaluation/llm");
        assertThat(change.get("from").asInt()).isGreaterThan(change.get("to").asInt());
        assertThat(change.get("flipped")).anySatisfy(f -> {
            assertThat(f.get("criterion").asText()).isEqualTo("eval.regression-suite-in-ci");
            assertThat(f.get("before").asText()).isEqualTo("MET");
            assertThat(f.get("after").asText()).isEqualTo("NOT_MET");
        });
        CommandRun text = CommandRun.of("history", "--history", history, "--target", "support-bot");
        assertThat(text.out()).contains("evaluation/llm", "eval.regression-suite-in-ci: MET -> NOT_MET");
    }

    private static String source(JsonNode targets, String target, String kind) {
        for (JsonNode t : targets) {
            if (t.get("name").asText().equals(target)) {
                for (JsonNode s : t.get("report").get("sources")) {
                    if (s.get("kind").asText().equals(kind)) {
                        return s.get("status").asText();
                    }
                }
            }
        }
        return "absent";
    }
}
