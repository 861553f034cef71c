package dev.maturity.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.cli.CliRun;
import dev.maturity.cli.ExitCodes;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every mistake in how maturity is called exits 2 with one line naming it: never 70, never a stack trace. */
class UserMistakesTest {

    @TempDir
    Path tmp;

    private Path repo;

    @BeforeEach
    void repository() {
        try (GitRepoBuilder r = GitRepoBuilder.init(tmp.resolve("repo"))) {
            r.file("README.md", "# r\n").commit("init");
            repo = r.dir();
        }
    }

    private static void usageError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("maturity: error: ").contains(message).doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void anOutputThatNamesADirectory() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        usageError(CliRun.of("scan", repo.toString(), "--output", dir.toString()), "--output " + dir + " is a directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/proc/maturity-report.txt", "/sys/kernel/maturity/report.txt", "/proc/self/status/report.txt"})
    void anOutputWhereNoFileCanBeWritten(String path) {
        CliRun run = CliRun.of("scan", repo.toString(), "--output", path);
        usageError(run, path);
    }

    @Test
    void anOutputDirThatNamesAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("report.txt"), "old");
        usageError(CliRun.of("scan", repo.toString(), "--format", "json,sarif", "--output-dir", file.toString()),
                "--output-dir " + file + " is a file, not a directory");
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999-01-01", "+1000000000-12-31", "+999999999-12-31T23:59:59Z", "1066-10-14", "-0001-01-01"})
    void anAsOfOutsideTheCalendarThatGitCanHold(String asOf) {
        CliRun run = CliRun.of("scan", repo.toString(), "--as-of", asOf);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--as-of").doesNotContain("\tat ").doesNotContain("internal error");
    }

    @Test
    void aSinceOutsideTheCalendar() {
        usageError(CliRun.of("history", "--history", tmp.resolve("h.db").toString(), "--since", "+999999999-01-01"),
                "--since +999999999-01-01 is outside 1970-01-01 .. 9999-12-31");
    }

    @Test
    void explainingAnUnknownCriterionOutsideAGitRepositoryNamesTheCriterion() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        ChildJvm run = ChildJvm.run(plain, Map.of(), "explain", "eval.no-such-thing");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no criterion or axis 'eval.no-such-thing' in the rubric")
                .doesNotContain("not a git repository");
        assertThat(run.printedStackTrace()).isFalse();
    }

    @Test
    void anInternalErrorIsOneLineWithoutDebugAndAStackTraceWithIt() throws Exception {
        Path plugin = Files.createDirectories(tmp.resolve("plugin/META-INF/services"));
        Files.writeString(plugin.resolve("dev.maturity.core.render.Renderer"), BrokenRenderer.class.getName() + "\n");
        java.util.List<Path> cp = java.util.List.of(tmp.resolve("plugin"));

        ChildJvm plain = ChildJvm.run(tmp, Map.of(), cp, "scan", repo.toString(), "--format", "broken");
        assertThat(plain.exit()).as(plain.err()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(plain.err().strip()).isEqualTo("maturity: internal error: java.lang.IllegalStateException: renderer bug for the test"
                + " (run with --debug for the stack trace)");
        assertThat(plain.printedStackTrace()).isFalse();

        ChildJvm debug = ChildJvm.run(tmp, Map.of(), cp, "scan", repo.toString(), "--format", "broken", "--debug");
        assertThat(debug.exit()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(debug.err()).contains("maturity: internal error: java.lang.IllegalStateException: renderer bug for the test")
                .contains("\tat dev.maturity.cli.hostile.BrokenRenderer.render");
    }
}
