package dev.maturity.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.cli.CliRun;
import dev.maturity.cli.ExitCodes;
import dev.maturity.core.render.ReportJson;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole scans of repositories built to stall a scanner: a {@code needs:} chain through a thousand
 * jobs, backtracking bombs in {@code .maturityignore} and CODEOWNERS over deep paths. Each scan
 * ends in bounded time with exit 0 and the rest of its evidence intact.
 */
class HostileRepositoryTest {

    @TempDir
    Path tmp;

    private static final String BOMB = "**a**a**a**a**a**a**a**a**c";

    private JsonNode scan(Path repo) throws Exception {
        Path out = tmp.resolve("report.json");
        long start = System.nanoTime();
        CliRun run = CliRun.of("scan", repo.toString(), "--format", "json", "--output", out.toString());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(elapsed).isLessThan(Duration.ofSeconds(30));
        return ReportJson.MAPPER.readTree(out.toFile());
    }

    private static String criterion(JsonNode report, String track, String id) {
        for (JsonNode axis : report.path("axes")) {
            if (axis.path("track").asText().equals(track)) {
                for (JsonNode c : axis.path("criteria")) {
                    if (c.path("id").asText().equals(id)) {
                        return c.path("outcome").asText();
                    }
                }
            }
        }
        return "absent";
    }

    @Test
    void aNeedsChainOfNearlyAThousandJobsIsJudgedInBoundedTime() throws Exception {
        StringBuilder ci = new StringBuilder("name: ci\non: [push, pull_request]\njobs:\n  eval:\n    runs-on: ubuntu-latest\n"
                + "    steps:\n      - run: npx promptfoo@0.112.4 eval -c promptfooconfig.yaml\n");
        String previous = "eval";
        for (int i = 0; i < 990; i++) {
            ci.append("  s").append(i).append(":\n    runs-on: x\n    needs: [").append(previous).append("]\n    steps:\n      - run: echo ")
                    .append(i).append('\n');
            previous = "s" + i;
        }
        ci.append("  deploy:\n    runs-on: x\n    needs: [").append(previous).append("]\n    environment: production\n"
                + "    steps:\n      - run: helm upgrade --install a charts/a\n");
        Path repo;
        try (GitRepoBuilder r = GitRepoBuilder.init(tmp.resolve("chain"))) {
            r.files(".github/workflows/ci.yml", ci.toString(),
                    "promptfooconfig.yaml", "prompts: [file://prompts/answer.prompty]\nproviders: [openai:gpt-4o-mini]\n"
                            + "tests:\n  - vars: {q: x}\n    assert:\n      - type: icontains\n        value: y\n",
                    "prompts/answer.prompty", "---\nname: answer\nmodel:\n  api: chat\n---\nsystem:\nYou are a billing assistant.\n")
                    .commit("ci");
            repo = r.dir();
        }
        JsonNode report = scan(repo);
        assertThat(criterion(report, "llm", "eval.gates-block-deploys")).isEqualTo("MET");
    }

    @Test
    void backtrackingBombsInMaturityignoreAndCodeownersCostLinearTime() throws Exception {
        String deep = "a/".repeat(60) + "a".repeat(200);
        Path repo;
        try (GitRepoBuilder r = GitRepoBuilder.init(tmp.resolve("bombs"))) {
            GitRepoBuilder b = r.file(".maturityignore", BOMB + "\n" + BOMB.replace("c", "b") + "/\n!" + BOMB + "\n")
                    .file(".github/CODEOWNERS", BOMB + " @team\n/" + BOMB + "/ @other\n* @ml-platform\n")
                    .file("requirements.txt", "numpy==2.1.3\n");
            for (int i = 0; i < 200; i++) {
                b.file(deep + i + "/train.py", "import mlflow\nfrom sklearn.linear_model import LogisticRegression\nmlflow.autolog()\nmodel = LogisticRegression().fit(X, y)\n");
            }
            b.commit("deep tree");
            repo = r.dir();
        }
        JsonNode report = scan(repo);
        assertThat(report.path("sources").get(0).path("status").asText()).isEqualTo("OK");
        assertThat(criterion(report, "classical", "gov.named-owners")).isEqualTo("MET");
    }
}
