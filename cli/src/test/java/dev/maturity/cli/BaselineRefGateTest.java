package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate tried as a pull-request author would: on a branch off {@code main}, the change drops the
 * workflow that runs the eval suite on every pull request and, in the same commit, waives
 * {@code eval.regression-suite-in-ci} in {@code .maturity/waivers.yaml} (the path docs/ci.md
 * recommends). Neither with a baseline report nor with a baseline ref does the waiver turn the
 * regression green; a waiver that {@code main} already carries still applies to both sides.
 */
class BaselineRefGateTest {

    private static final String WAIVER = """
            waivers:
              - criterion: eval.regression-suite-in-ci
                track: llm
                reason: the suite moves to the nightly job (PLAT-77)
                owner: mallory@example.com
                expires: 2027-06-30
            """;

    @TempDir
    Path tmp;

    private Path dir;
    private GitRepoBuilder repo;
    private Path waivers;

    @BeforeEach
    void supportAssistantAtEvaluationLevel3OnMain() {
        dir = LlmAppPlatform.evaluationLevel3(tmp.resolve("support-assistant"));
        repo = GitRepoBuilder.open(dir);
        waivers = dir.resolve(".maturity/waivers.yaml");
    }

    private Cli scan(String... more) {
        String[] base = {"scan", dir.toString(), "--as-of", "2026-11-30", "--waivers", waivers.toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    /** The change under test: the eval workflow removed, and a waiver for it added in the same commit. */
    private void dropTheEvalWorkflowAndWaiveIt() {
        repo.branch("drop-evals").delete(".github/workflows/ci.yml").file(".maturity/waivers.yaml", WAIVER);
        repo.commit("CI: drop the eval workflow (waived)");
    }

    @Test
    void with_a_baseline_report_the_change_that_waives_its_own_regression_exits_1() throws Exception {
        Path baseline = tmp.resolve("baseline.json");
        Cli onMain = Cli.run("scan", dir.toString(), "--as-of", "2026-11-30", "--format", "json", "--output", baseline.toString());
        assertThat(onMain.exit()).as(onMain.err()).isZero();
        dropTheEvalWorkflowAndWaiveIt();

        Cli gated = scan("--baseline", baseline.toString(), "--fail-on-regression");

        assertThat(gated.exit()).as(gated.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(gated.err()).contains("maturity: gate failed: new waiver for eval.regression-suite-in-ci (evaluation/llm) at "
                + waivers + ":2 by mallory@example.com: the baseline met it, so the waiver hides a regression");
    }

    @Test
    void with_a_baseline_ref_the_change_that_waives_its_own_regression_exits_1() {
        dropTheEvalWorkflowAndWaiveIt();

        Cli gated = scan("--baseline-ref", "main", "--fail-on-regression");

        assertThat(gated.exit()).as(gated.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(gated.err())
                .contains("maturity: waiver file " + waivers + " is not in main: the change under test cannot add one to its own"
                        + " gate; none applies to either side")
                .contains("maturity: gate failed: evaluation/llm dropped from level 3 to 2; criteria no longer met:"
                        + " eval.regression-suite-in-ci")
                .doesNotContain("new waiver");
    }

    @Test
    void without_the_waiver_the_removal_alone_fails_the_gate_against_the_ref() {
        repo.branch("drop-evals").delete(".github/workflows/ci.yml");
        repo.commit("CI: drop the eval workflow");

        Cli gated = Cli.run("scan", dir.toString(), "--as-of", "2026-11-30", "--baseline-ref", "main", "--fail-on-regression");

        assertThat(gated.exit()).as(gated.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(gated.err()).contains("evaluation/llm dropped from level 3 to 2; criteria no longer met: eval.regression-suite-in-ci");
    }

    @Test
    void a_waiver_main_already_carries_applies_to_both_sides_and_the_gate_holds() {
        repo.file(".maturity/waivers.yaml", WAIVER).commit("Waive the PR eval while the suite moves (PLAT-77)");
        repo.branch("drop-evals").delete(".github/workflows/ci.yml");
        repo.commit("CI: drop the eval workflow");

        Cli gated = scan("--baseline-ref", "main", "--fail-on-regression");

        assertThat(gated.exit()).as(gated.err()).isZero();
        assertThat(gated.err()).contains("maturity: baseline: main scanned in this run (")
                .doesNotContain("gate failed").doesNotContain("new waiver");
        assertThat(gated.out()).contains("evaluation");
    }

    @Test
    void a_live_source_is_read_once_and_counts_the_same_on_both_sides() {
        try (MlflowServer mlflow = MlflowServer.start(MlflowPlatforms.level2Classical("https://github.com/acme/support-assistant.git",
                "0000000000000000000000000000000000000000"))) {
            Cli plain = Cli.run("scan", dir.toString(), "--as-of", "2026-11-30", "--mlflow", mlflow.uri());
            int once = mlflow.requests().size();
            mlflow.resetJournal();
            repo.branch("docs-only").file("README.md", "# Support assistant\n\nNow with a longer read-me.\n").commit("Docs");

            Cli gated = Cli.run("scan", dir.toString(), "--as-of", "2026-11-30", "--mlflow", mlflow.uri(),
                    "--baseline-ref", "main", "--fail-on-regression");

            assertThat(plain.exit()).as(plain.err()).isZero();
            assertThat(once).isPositive();
            assertThat(gated.exit()).as(gated.err()).isZero();
            assertThat(gated.out()).contains("source mlflow " + mlflow.uri() + "  OK");
            assertThat(mlflow.requests()).hasSize(once);
        }
    }

    @Test
    void an_unchanged_branch_holds_the_gate_and_an_unknown_ref_is_a_usage_error() {
        repo.branch("docs-only").file("README.md", "# Support assistant\n\nNow with a longer read-me.\n");
        repo.commit("Docs");

        Cli same = Cli.run("scan", dir.toString(), "--as-of", "2026-11-30", "--baseline-ref", "main", "--fail-on-regression");
        Cli unknown = Cli.run("scan", dir.toString(), "--baseline-ref", "origin/nope", "--fail-on-regression");
        Cli both = Cli.run("scan", dir.toString(), "--baseline-ref", "main", "--baseline", tmp.resolve("b.json").toString());

        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("maturity: error: ref 'origin/nope' not found in " + dir);
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("give --baseline REPORT.json or --baseline-ref REF, not both");
    }

    @Test
    void a_rubric_override_the_change_edits_is_read_at_the_ref_for_both_sides() throws Exception {
        Path rubric = dir.resolve(".maturity/rubric.yaml");
        repo.file(".maturity/rubric.yaml", "extends: default\n").commit("Rubric: the default");
        repo.branch("drop-evals").delete(".github/workflows/ci.yml")
                .file(".maturity/rubric.yaml", """
                        extends: default
                        criteria:
                          - id: eval.regression-suite-in-ci
                            axis: evaluation
                            track: both
                            level: 5
                            question: Does a regression suite run in CI on every change or release?
                            probes: [git.eval-suite-in-ci]
                            strength: wired
                            remediation: Later.
                        """);
        repo.commit("CI: drop the eval workflow, and move its criterion out of the way");

        Cli gated = Cli.run("scan", dir.toString(), "--as-of", "2026-11-30", "--rubric", rubric.toString(),
                "--baseline-ref", "main", "--fail-on-regression");

        assertThat(Files.readString(rubric)).contains("level: 5");
        assertThat(gated.exit()).as(gated.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(gated.err()).contains("maturity: rubric file " + rubric + " differs from main: both sides are judged by"
                + " .maturity/rubric.yaml@main")
                .contains("evaluation/llm dropped from level 3 to 2");
    }
}
