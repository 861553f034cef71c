package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI gate end to end: real scans of a real repository, a baseline, a regression. */
class GateCommandTest {

    @TempDir
    Path tmp;

    private GitRepoBuilder repo;
    private Path rubric;
    private Path baseline;

    @BeforeEach
    void platformWithALockFile() throws Exception {
        rubric = tmp.resolve("gate-rubric.yaml");
        Files.copy(GateCommandTest.class.getResourceAsStream("gate-rubric.yaml"), rubric);
        repo = GitRepoBuilder.init(tmp.resolve("fraud-model"))
                .file("pyproject.toml", "[tool.poetry]\nname = \"fraud-model\"\n\n[tool.poetry.dependencies]\npython = \"^3.11\"\n"
                        + "scikit-learn = \"^1.4\"\n")
                .file("poetry.lock", "[[package]]\nname = \"scikit-learn\"\nversion = \"1.4.2\"\n")
                .file("train.py", "from sklearn.ensemble import GradientBoostingClassifier\n");
        repo.commit("Train the fraud model with pinned dependencies");
        baseline = tmp.resolve("baseline.json");
        Cli first = scan("--format", "json", "--output", baseline.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(Files.readString(baseline)).contains("\"id\" : \"repro.deps-pinned\"", "\"outcome\" : \"MET\"");
    }

    private Cli scan(String... more) {
        String[] base = {"scan", repo.dir().toString(), "--rubric", rubric.toString(), "--as-of", "2026-11-30"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    @Test
    void a_criterion_that_was_met_and_is_not_now_exits_1_and_is_named() {
        repo.delete("poetry.lock").file("requirements.txt", "scikit-learn>=1.3\npandas\n");
        repo.commit("Switch to requirements.txt");

        Cli gated = scan("--baseline", baseline.toString(), "--fail-on-regression");

        assertThat(gated.exit()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(gated.err()).contains("maturity: gate failed: reproducibility/classical dropped from level 2 to 1; "
                + "criteria no longer met: repro.deps-pinned");
    }

    @Test
    void equal_levels_exit_0() {
        repo.file("train.py", "from sklearn.ensemble import GradientBoostingClassifier\n\nSEED = 7\n");
        repo.commit("Fix the seed");

        Cli gated = scan("--baseline", baseline.toString(), "--fail-on-regression");

        assertThat(gated.exit()).as(gated.err()).isEqualTo(ExitCodes.OK);
        assertThat(gated.err()).doesNotContain("gate failed");
    }

    @Test
    void a_drop_without_fail_on_regression_is_a_warning_and_exits_0() {
        repo.delete("poetry.lock").file("requirements.txt", "scikit-learn>=1.3\n");
        repo.commit("Switch to requirements.txt");

        Cli gated = scan("--baseline", baseline.toString());

        assertThat(gated.exit()).isEqualTo(ExitCodes.OK);
        assertThat(gated.err()).contains("maturity: warning: reproducibility/classical dropped from level 2 to 1");
    }

    @Test
    void a_floor_above_the_level_exits_1_and_names_what_is_missing() {
        repo.delete("poetry.lock").file("requirements.txt", "scikit-learn>=1.3\n");
        repo.commit("Switch to requirements.txt");

        Cli gated = scan("--min-level", "reproducibility.classical=2");

        assertThat(gated.exit()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(gated.err()).contains("reproducibility/classical is at level 1, below the floor 2; not met: repro.deps-pinned");
    }

    private Path waiverForDepsPinned() throws Exception {
        Path waivers = tmp.resolve("maturity-waivers.yaml");
        Files.writeString(waivers, """
                waivers:
                  - criterion: repro.deps-pinned
                    repository: fraud-model
                    reason: lock file returns with the uv migration (PLAT-501)
                    owner: jane.doe@example.com
                    expires: 2026-12-31
                """);
        return waivers;
    }

    @Test
    void a_waiver_added_by_the_change_under_test_cannot_turn_its_regression_green() throws Exception {
        Path waivers = waiverForDepsPinned();
        repo.delete("poetry.lock").file("requirements.txt", "scikit-learn>=1.3\n");
        repo.commit("Switch to requirements.txt");

        Cli gated = scan("--baseline", baseline.toString(), "--fail-on-regression", "--waivers", waivers.toString());

        assertThat(gated.exit()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(gated.err()).contains("maturity: gate failed: new waiver for repro.deps-pinned (reproducibility/classical) at "
                + waivers + ":2 by jane.doe@example.com: the baseline met it, so the waiver hides a regression");
    }

    @Test
    void a_waiver_from_a_trusted_policy_lets_the_gate_pass_and_the_report_shows_both_levels() throws Exception {
        Path waivers = waiverForDepsPinned();
        repo.delete("poetry.lock").file("requirements.txt", "scikit-learn>=1.3\n");
        repo.commit("Switch to requirements.txt");
        Path out = tmp.resolve("now.json");

        Cli gated = scan("--baseline", baseline.toString(), "--fail-on-regression", "--waivers", waivers.toString(),
                "--allow-policy-changes", "--format", "json", "-o", out.toString());

        assertThat(gated.exit()).as(gated.err()).isEqualTo(ExitCodes.OK);
        assertThat(gated.err()).contains("maturity: warning: new waiver for repro.deps-pinned");
        assertThat(Files.readString(out)).contains("\"outcome\" : \"WAIVED\"", "\"rawOutcome\" : \"NOT_MET\"",
                "\"level\" : 1", "\"levelWithWaivers\" : 2", "\"status\" : \"applied\"");
    }

    @Test
    void a_waiver_the_baseline_already_had_is_not_a_policy_change() throws Exception {
        Path waivers = waiverForDepsPinned();
        Cli first = scan("--waivers", waivers.toString(), "--format", "json", "--output", baseline.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        repo.delete("poetry.lock").file("requirements.txt", "scikit-learn>=1.3\n");
        repo.commit("Switch to requirements.txt");

        Cli gated = scan("--baseline", baseline.toString(), "--fail-on-regression", "--waivers", waivers.toString());

        assertThat(gated.exit()).as(gated.err()).isEqualTo(ExitCodes.OK);
        assertThat(gated.err()).doesNotContain("new waiver");
    }

    @Test
    void an_invalid_waiver_file_exits_2_with_file_and_line() throws Exception {
        Path waivers = tmp.resolve("maturity-waivers.yaml");
        Files.writeString(waivers, "waivers:\n  - criterion: repro.deps-pinned\n    reason: later\n    owner: jane\n    expires: soon\n");

        Cli gated = scan("--waivers", waivers.toString());

        assertThat(gated.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(gated.err()).contains("maturity: error: " + waivers + ":5: expires must be an ISO date");
    }

    @Test
    void an_expired_waiver_is_ignored_and_reported() throws Exception {
        repo.delete("poetry.lock").file("requirements.txt", "scikit-learn>=1.3\n");
        repo.commit("Switch to requirements.txt");
        Path waivers = tmp.resolve("maturity-waivers.yaml");
        Files.writeString(waivers, "waivers:\n  - criterion: repro.deps-pinned\n    reason: later\n    owner: jane\n"
                + "    expires: 2026-10-31\n");

        Cli gated = scan("--baseline", baseline.toString(), "--fail-on-regression", "--waivers", waivers.toString());

        assertThat(gated.exit()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(gated.err()).contains("maturity: waiver expired and ignored: repro.deps-pinned (" + waivers + ":2, owner jane, "
                + "expired 2026-10-31)");
    }

    @Test
    void fail_on_unknown_exits_3_when_an_unknown_holds_a_level_down() throws Exception {
        Path unknownRubric = tmp.resolve("unknown-rubric.yaml");
        Files.writeString(unknownRubric, Files.readString(rubric).replace("probes: [git.dependencies-pinned]",
                "probes: [mlflow.model-registry]"));

        Cli gated = Cli.run("scan", repo.dir().toString(), "--rubric", unknownRubric.toString(), "--fail-on-unknown");

        assertThat(gated.exit()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(gated.err()).contains("maturity: incomplete: reproducibility/classical could be level 2, not 1: unknown "
                + "repro.deps-pinned");
    }

    @Test
    void a_baseline_that_is_not_a_report_and_fail_on_regression_without_a_baseline_are_usage_errors() throws Exception {
        Path notAReport = tmp.resolve("package.json");
        Files.writeString(notAReport, "{\"name\": \"web\"}");

        assertThat(scan("--baseline", notAReport.toString()).exit()).isEqualTo(ExitCodes.USAGE);
        Cli noBaseline = scan("--fail-on-regression");
        assertThat(noBaseline.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noBaseline.err()).contains("--fail-on-regression needs --baseline REPORT.json");
        assertThat(scan("--min-level", "speed=3").err()).contains("unknown axis 'speed'");
    }
}
