package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

    @TempDir
    Path tmp;

    private Path report;

    @BeforeEach
    void scannedReport() throws Exception {
        Path rubric = tmp.resolve("gate-rubric.yaml");
        Files.copy(ExplainCommandTest.class.getResourceAsStream("gate-rubric.yaml"), rubric);
        GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("fraud-model"))
                .file("requirements.txt", "scikit-learn>=1.3\npandas==2.2.2\n")
                .file("train.py", "from sklearn.ensemble import GradientBoostingClassifier\n");
        repo.commit("Train the fraud model");
        report = tmp.resolve("report.json");
        assertThat(Cli.run("scan", repo.dir().toString(), "--rubric", rubric.toString(), "--format", "json", "-o",
                report.toString()).exit()).isZero();
    }

    @Test
    void a_criterion_is_explained_with_its_evidence_and_what_to_do() {
        Cli run = Cli.run("explain", "repro.deps-pinned", "--report", report.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("repro.deps-pinned - Are dependencies pinned by a lock file or exact versions?\n"
                + "reproducibility, level 2, needs declared evidence\n");
        assertThat(run.out()).contains("classical: NOT_MET - 50% of 2 requirements pinned (at least 70% needed)"); // calibration: a share, not all-or-nothing
        assertThat(run.out()).containsPattern("  declared fraud-model@[0-9a-f]{40}:requirements.txt");
        assertThat(run.out()).contains("  holds reproducibility/classical at level 1\n  next: Commit a lock file");
    }

    @Test
    void an_axis_is_explained_per_track_with_the_step_to_the_next_level() {
        Cli run = Cli.run("explain", "reproducibility", "--report", report.toString());

        assertThat(run.out()).contains("classical: level 1, ceiling 1\n  L2 NOT_MET         repro.deps-pinned\n");
        assertThat(run.out()).contains("  to reach level 2:\n    repro.deps-pinned (NOT_MET): Commit a lock file");
        assertThat(run.out()).contains("llm: not applicable (no llm workload detected)");
    }

    @Test
    void an_unknown_topic_is_a_usage_error_with_a_suggestion() {
        Cli run = Cli.run("explain", "deps-pinned", "--report", report.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no criterion or axis 'deps-pinned' in the report; did you mean repro.deps-pinned?");
    }

    private Path groupedReport(String requirements) throws Exception {
        Path rubric = tmp.resolve("grouped-rubric.yaml");
        Files.writeString(rubric, """
                extends: none
                id: grouped
                version: "1"
                detection:
                  classical: [test.repository-read]
                criteria:
                  - id: repro.deps-pinned
                    axis: reproducibility
                    track: classical
                    level: 2
                    group: versioned
                    question: Are dependencies pinned?
                    probes: [git.dependencies-pinned]
                    remediation: Pin every requirement.
                  - id: repro.data-versioned
                    axis: reproducibility
                    track: classical
                    level: 2
                    group: versioned
                    question: Is training data versioned?
                    probes: [git.data-versioned]
                    remediation: Track data with DVC.
                  - id: repro.pipelines-ci-tested
                    axis: reproducibility
                    track: classical
                    level: 3
                    question: Does CI run the pipeline's tests?
                    probes: [test.nothing-found]
                    remediation: Run the pipeline's tests in CI on pull requests.
                """);
        GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("churn-" + requirements.length()))
                .file("requirements.txt", requirements)
                .file("train.py", "from sklearn.ensemble import GradientBoostingClassifier\n");
        repo.commit("Train the churn model");
        Path out = tmp.resolve("grouped-" + requirements.length() + ".json");
        Cli scan = Cli.run("scan", repo.dir().toString(), "--rubric", rubric.toString(), "--format", "json", "-o", out.toString());
        assertThat(scan.exit()).as(scan.err()).isZero();
        return out;
    }

    @Test
    void a_not_met_alternative_of_a_met_group_holds_nothing_back() throws Exception {
        Path grouped = groupedReport("scikit-learn==1.5.2\npandas==2.2.2\n");

        Cli criterion = Cli.run("explain", "repro.data-versioned", "--report", grouped.toString());
        assertThat(criterion.out()).contains("classical: NOT_MET - ");
        assertThat(criterion.out()).contains("  any 1 of 'versioned' (2): 'versioned' met by repro.deps-pinned\n"
                + "  not needed: 'versioned' met by repro.deps-pinned; holds nothing back\n");
        assertThat(criterion.out()).doesNotContain("holds reproducibility/classical");

        Cli axis = Cli.run("explain", "reproducibility", "--report", grouped.toString());
        assertThat(axis.out()).contains("classical: level 2, ceiling 2\n"
                + "  L2 NOT_MET         repro.data-versioned  [not needed: 'versioned' met by repro.deps-pinned]\n"
                + "  L2 MET             repro.deps-pinned  [any 1 of 'versioned' (2): 'versioned' met by repro.deps-pinned]\n"
                + "  L3 NOT_MET         repro.pipelines-ci-tested\n"
                + "  to reach level 3:\n    repro.pipelines-ci-tested (NOT_MET): Run the pipeline's tests in CI on pull requests.\n");
    }

    @Test
    void an_unmet_group_lists_each_alternative_as_a_way_to_the_next_level() throws Exception {
        Path grouped = groupedReport("scikit-learn>=1.3\n");

        Cli axis = Cli.run("explain", "reproducibility", "--report", grouped.toString());
        assertThat(axis.out()).contains("  to reach level 2:\n"
                + "    repro.data-versioned (NOT_MET) (or another of 'versioned'): Track data with DVC.\n"
                + "    repro.deps-pinned (NOT_MET) (or another of 'versioned'): Pin every requirement.\n");
        Cli criterion = Cli.run("explain", "repro.deps-pinned", "--report", grouped.toString());
        assertThat(criterion.out()).contains("  any 1 of 'versioned' (2): 'versioned' not met: needs 1 MET, has 0\n"
                + "  holds reproducibility/classical at level 1\n  next: Pin every requirement.");
    }
}
