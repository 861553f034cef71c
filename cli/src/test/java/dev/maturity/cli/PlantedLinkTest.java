package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In CI the pull request controls the checkout: a symlink it commits at a report's path must not
 * make the scan write through it. Every report file is written to a temporary file beside it and
 * renamed into place, so the link is replaced and its target keeps its content.
 */
class PlantedLinkTest {

    @TempDir
    Path tmp;

    private Path workspace;
    private Path victim;

    @BeforeEach
    void checkoutWithLinksAtTheReportPaths() throws Exception {
        victim = Files.writeString(tmp.resolve("victim.txt"), "the runner's own file\n");
        workspace = tmp.resolve("workspace");
        try (GitRepoBuilder repo = GitRepoBuilder.init(workspace)) {
            repo.file("train.py", "import mlflow\n").commit("app");
        }
        Files.createDirectories(workspace.resolve("reports"));
        Files.createSymbolicLink(workspace.resolve("reports/maturity.json"), Path.of("../../victim.txt"));
        Files.createSymbolicLink(workspace.resolve("reports/maturity.sarif"), victim);
        Files.createSymbolicLink(workspace.resolve("report.md"), Path.of("../victim.txt"));
    }

    @Test
    void output_dir_replaces_the_links_and_leaves_their_target_untouched() throws Exception {
        CliRun run = CliRun.of("scan", workspace.toString(), "--format", "json,sarif",
                "--output-dir", workspace.resolve("reports").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("the runner's own file\n");
        for (String name : new String[] {"maturity.json", "maturity.sarif"}) {
            Path report = workspace.resolve("reports").resolve(name);
            assertThat(Files.isSymbolicLink(report)).as(name).isFalse();
            assertThat(Files.readString(report)).as(name).startsWith("{");
        }
        try (var left = Files.list(workspace.resolve("reports"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("maturity.json", "maturity.sarif");
        }
    }

    @Test
    void output_file_replaces_the_link_and_leaves_its_target_untouched() throws Exception {
        CliRun run = CliRun.of("scan", workspace.toString(), "--format", "markdown", "-o", workspace.resolve("report.md").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("the runner's own file\n");
        assertThat(Files.isSymbolicLink(workspace.resolve("report.md"))).isFalse();
        assertThat(Files.readString(workspace.resolve("report.md"))).contains("maturity");
    }
}
