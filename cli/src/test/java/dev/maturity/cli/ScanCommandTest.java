package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.render.ReportJson;
import dev.maturity.core.score.Report;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aPathThatIsNotAGitRepositoryIsAUsageError() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        CliRun run = CliRun.of("scan", plain.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("not a git repository: " + plain);
    }

    @Test
    void aMissingPathIsAUsageError() {
        CliRun run = CliRun.of("scan", tmp.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no such directory");
    }

    @Test
    void anEmptyRepositoryIsAUsageError() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("empty"))) {
            CliRun run = CliRun.of("scan", repo.dir().toString());
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("repository has no commits");
        }
    }

    @Test
    void aMissingRefIsAUsageError() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("r"))) {
            repo.file("README.md", "# r\n").commit("init");
            CliRun run = CliRun.of("scan", repo.dir().toString(), "--ref", "release-9");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("ref 'release-9' not found");
        }
    }

    @Test
    void anInvalidRubricIsAUsageErrorNamingFileAndLine() throws Exception {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("r"))) {
            repo.file("README.md", "# r\n").commit("init");
            Path rubric = tmp.resolve("bad-rubric.yaml");
            Files.writeString(rubric, "criteria:\n  - id: x\n    axis: evaluation\n    track: llm\n    level: nine\n    question: q\n    probes: [a]\n");
            CliRun run = CliRun.of("scan", repo.dir().toString(), "--rubric", rubric.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains(rubric + ":5").contains("'level' must be a whole number");
        }
    }

    @Test
    void aGroupWhoseMembersSitAtTwoLevelsIsAUsageErrorNamingFileAndLine() throws Exception {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("r"))) {
            repo.file("README.md", "# r\n").commit("init");
            Path rubric = tmp.resolve("grouped-rubric.yaml");
            Files.writeString(rubric, """
                    criteria:
                      - id: acme.eval-notebook
                        axis: evaluation
                        track: classical
                        level: 2
                        group: acme-evals
                        question: q
                        probes: [git.eval-suite-with-cases]
                      - id: acme.eval-in-ci
                        axis: evaluation
                        track: classical
                        level: 3
                        group: acme-evals
                        question: q
                        probes: [git.eval-suite-in-ci]
                    """);
            CliRun run = CliRun.of("scan", repo.dir().toString(), "--rubric", rubric.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE).isEqualTo(2);
            assertThat(run.err()).contains(rubric + ":9: group 'acme-evals' mixes acme.eval-notebook (evaluation, level 2)"
                    + " with acme.eval-in-ci (evaluation, level 3): members of a group share axis and level");
        }
    }

    @Test
    void theTextReportMarksAlternativesAndSaysWhichUnmetOnesHoldNothingBack() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("r"))) {
            repo.file("requirements.txt", "scikit-learn==1.5.2\n")
                    .file("train.py", "from sklearn.linear_model import LogisticRegression\nLogisticRegression().fit(X, y)\n")
                    .commit("train");
            CliRun run = CliRun.of("scan", repo.dir().toString(), "--as-of", "2026-11-30", "--verbose");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).containsPattern("reproducibility +2 +n/a +classical: repro.data-quality-checks "
                    + "\\(or another of 'pipeline-checked'\\)\n");
            assertThat(run.out()).containsPattern("  L2 UNKNOWN +repro.model-registry +MLflow not configured[^\n]*\n"
                    + "        not needed: 'versioned' met by repro.deps-pinned\n");
            assertThat(run.out()).containsPattern("  L2 MET +repro.deps-pinned [^\n]*\n(        [^\n]*\n)*"
                    + "        any 1 of 'versioned' \\(5\\): 'versioned' met by repro.deps-pinned\n");
        }
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheFormats() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("r"))) {
            repo.file("README.md", "# r\n").commit("init");
            CliRun run = CliRun.of("scan", repo.dir().toString(), "--format", "pdf");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("unknown format 'pdf'").contains("json").contains("text");
        }
    }

    @Test
    void jsonFollowsTheSchemaVersionOneContractAndPinsTheCommit() throws Exception {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("r"))) {
            RevCommit head = repo.file("requirements.txt", "numpy==2.1.3\n").commit("pin");
            Path out = tmp.resolve("report.json");
            CliRun run = CliRun.of("scan", repo.dir().toString(), "--format", "json", "--output", out.toString(),
                    "--as-of", "2026-11-30");
            assertThat(run.exitCode()).as(run.err()).isZero();
            Report report = ReportJson.read(out);
            assertThat(report.schemaVersion()).isEqualTo(1);
            assertThat(report.tool().name()).isEqualTo("maturity");
            assertThat(report.rubric().digest()).startsWith("sha256:");
            assertThat(report.asOf()).isEqualTo("2026-11-30T23:59:59Z");
            assertThat(report.sources()).filteredOn(s -> s.kind().equals("git")).singleElement().satisfies(s -> {
                assertThat(s.kind()).isEqualTo("git");
                assertThat(s.revision()).isEqualTo(head.getName());
            });
            assertThat(report.sources()).filteredOn(s -> !s.kind().equals("git"))
                    .allSatisfy(s -> assertThat(s.status()).isEqualTo(dev.maturity.core.spi.SourceStatus.NOT_CONFIGURED));
            assertThat(report.axes()).hasSize(10);
            String json = Files.readString(out);
            assertThat(json).contains("\"schemaVersion\" : 1").contains("\"axis\" : \"evaluation\"")
                    .contains("\"track\" : \"llm\"");
        }
    }

    @Test
    void theTextTablePrintsEveryAxisForBothTracks() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("r"))) {
            repo.file("README.md", "# r\n").commit("init");
            CliRun run = CliRun.of("scan", repo.dir().toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("AXIS", "CLASSICAL", "LLM", "reproducibility", "evaluation", "deployment",
                    "observability", "governance");
        }
    }

    @Test
    void theRubricCommandPrintsEveryCriterion() {
        CliRun run = CliRun.of("rubric");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("rubric default").contains("eval.regression-suite-in-ci")
                .contains("gov.risk-assessment-per-change");
    }

    @Test
    void twoScansOfTheSameCommitAreTheSameByteForByteApartFromTheTimestamp() throws Exception {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("r"))) {
            repo.file("requirements.txt", "scikit-learn==1.5.2\n")
                    .file("train.py", "import mlflow\nfrom sklearn.linear_model import LogisticRegression\n"
                            + "mlflow.autolog()\nLogisticRegression().fit(X, y)\n")
                    .commit("train");
            Path a = tmp.resolve("a.json");
            Path b = tmp.resolve("b.json");
            assertThat(CliRun.of("scan", repo.dir().toString(), "--format", "json", "-o", a.toString(), "--as-of", "2026-11-30").exitCode()).isZero();
            assertThat(CliRun.of("scan", repo.dir().toString(), "--format", "json", "-o", b.toString(), "--as-of", "2026-11-30").exitCode()).isZero();
            String stamp = "\"scannedAt\" : \"[^\"]+\"";
            assertThat(Files.readString(a).replaceAll(stamp, "")).isEqualTo(Files.readString(b).replaceAll(stamp, ""));
            assertThat(Files.readString(a)).containsPattern("\"axes\" : \\{\\s+\"reproducibility\" : 2,\\s+\"evaluation\"");
        }
    }
}
