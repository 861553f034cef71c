package dev.maturity.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.cli.CliRun;
import dev.maturity.cli.ExitCodes;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML that stays under the alias cap but expands past any memory (17 anchors of 3 aliases each):
 * in a scanned repository the file is unreadable and the scan goes on; in the tool's own
 * configuration it is a usage error naming the file and the line.
 */
class HostileYamlScanTest {

    @TempDir
    Path tmp;

    /** 16 nested anchors of 3 aliases each: 48 aliases, under the cap of 50, and 3^16 lists once followed. */
    static String bomb(String key) {
        StringBuilder sb = new StringBuilder(key + ":\n  l0: &l0 [lol]\n");
        for (int i = 1; i <= 16; i++) {
            sb.append("  l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        return sb.toString();
    }

    private Path repoWithWorkflowBomb() {
        try (GitRepoBuilder r = GitRepoBuilder.init(tmp.resolve("repo"))) {
            r.file("requirements.txt", "numpy==2.1.3\n")
                    .file(".github/workflows/ci.yml", "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                            + "      - run: pytest\n")
                    .file(".github/workflows/bomb.yml", "on: [push]\n" + bomb("env"))
                    .commit("workflows");
            return r.dir();
        }
    }

    @Test
    void aWorkflowThatExpandsPastTheLimitIsUnreadableAndTheScanGoesOn() throws Exception {
        Path repo = repoWithWorkflowBomb();
        Path out = tmp.resolve("report.json");
        long start = System.nanoTime();
        CliRun run = CliRun.of("scan", repo.toString(), "--format", "json", "--output", out.toString());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(elapsed).isLessThan(Duration.ofSeconds(30));
        JsonNode report = ReportJson.MAPPER.readTree(out.toFile());
        assertThat(report.path("unreadable").findValuesAsText("locator")).anyMatch(l -> l.contains(":.github/workflows/bomb.yml#L15"));
        assertThat(report.path("unreadable").findValuesAsText("message"))
                .contains("GitHub Actions: the document expands to more than " + SafeYaml.MAX_NODES + " nodes once aliases are followed");
        assertThat(report.path("sources").get(0).path("status").asText()).isEqualTo("OK");
    }

    @Test
    void theSameScanFitsInASmallHeap() throws Exception {
        Path repo = repoWithWorkflowBomb();
        ChildJvm run = ChildJvm.run(tmp, Map.of(), "scan", repo.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(60));
        assertThat(run.out()).contains(".github/workflows/bomb.yml");
        assertThat(run.printedStackTrace()).isFalse();
    }

    @Test
    void aRubricThatExpandsPastTheLimitIsAUsageErrorNamingFileAndLine() throws Exception {
        Path rubric = Files.writeString(tmp.resolve("rubric.yaml"), bomb("parameters"));
        Path repo = repoWithWorkflowBomb();
        CliRun run = timed(() -> CliRun.of("scan", repo.toString(), "--rubric", rubric.toString()));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(rubric + ":14").contains("expands to more than").doesNotContain("\tat ");
    }

    @Test
    void aWaiverFileThatExpandsPastTheLimitIsAUsageErrorNamingFileAndLine() throws Exception {
        Path waivers = Files.writeString(tmp.resolve("waivers.yaml"), bomb("waivers"));
        Path repo = repoWithWorkflowBomb();
        CliRun run = timed(() -> CliRun.of("scan", repo.toString(), "--waivers", waivers.toString()));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(waivers + ":14").contains("expands to more than").doesNotContain("\tat ");
    }

    @Test
    void aPlatformConfigThatExpandsPastTheLimitIsAUsageErrorNamingFileAndLine() throws Exception {
        Path config = Files.writeString(tmp.resolve("maturity.yaml"), "version: 1\n" + bomb("defaults"));
        ChildJvm run = ChildJvm.run(tmp, Map.of(), "scan", "--config", config.toString(), "--history", tmp.resolve("h.db").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(60));
        assertThat(run.err()).contains(config + ":15").contains("expands to more than");
        assertThat(run.printedStackTrace()).isFalse();
    }

    private static CliRun timed(java.util.function.Supplier<CliRun> run) {
        long start = System.nanoTime();
        CliRun r = run.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        return r;
    }
}
