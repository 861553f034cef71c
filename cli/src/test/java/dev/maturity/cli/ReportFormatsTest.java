package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format} takes several formats at once, each written to its file in {@code --output-dir}; and {@code maturity diff}. */
class ReportFormatsTest {

    @TempDir
    Path tmp;

    private GitRepoBuilder repo;
    private Path rubric;

    @BeforeEach
    void repository() throws Exception {
        rubric = tmp.resolve("gate-rubric.yaml");
        Files.copy(ReportFormatsTest.class.getResourceAsStream("gate-rubric.yaml"), rubric);
        repo = GitRepoBuilder.init(tmp.resolve("fraud-model"))
                .file("poetry.lock", "[[package]]\nname = \"scikit-learn\"\nversion = \"1.4.2\"\n")
                .file("train.py", "from sklearn.ensemble import GradientBoostingClassifier\n");
        repo.commit("Train the fraud model");
    }

    @Test
    void several_formats_are_written_side_by_side_into_the_output_dir() throws Exception {
        Path dir = tmp.resolve("out");

        Cli run = Cli.run("scan", repo.dir().toString(), "--rubric", rubric.toString(), "--format", "json,sarif",
                "--format", "junit", "--format", "markdown,html", "--output-dir", dir.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir.resolve("maturity.json")).content().contains("\"schemaVersion\" : 1");
        assertThat(dir.resolve("maturity.sarif")).content().contains("\"version\" : \"2.1.0\"", "\"ruleId\" : \"repro.pipelines-ci-tested\"");
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("maturity.xml").toFile())
                .getDocumentElement().getTagName()).isEqualTo("testsuites");
        assertThat(dir.resolve("maturity.md")).content().startsWith("## Maturity: classical **2**");
        assertThat(dir.resolve("maturity.html")).content().contains("<h1>Platform maturity</h1>");
    }

    @Test
    void several_formats_without_an_output_dir_is_a_usage_error() {
        Cli run = Cli.run("scan", repo.dir().toString(), "--rubric", rubric.toString(), "--format", "json,sarif");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("several formats (json, sarif) need --output-dir DIR");
        assertThat(Cli.run("scan", repo.dir().toString(), "--format", "pdf").err())
                .contains("unknown format 'pdf' (available: html, json, junit, markdown, prometheus, sarif, text)");
    }

    @Test
    void diff_shows_level_changes_and_flipped_criteria_in_text_and_json() throws Exception {
        Path before = tmp.resolve("before.json");
        Path after = tmp.resolve("after.json");
        assertThat(Cli.run("scan", repo.dir().toString(), "--rubric", rubric.toString(), "--format", "json", "-o",
                before.toString()).exit()).isZero();
        repo.delete("poetry.lock").file("requirements.txt", "scikit-learn>=1.3\n");
        repo.commit("Switch to requirements.txt");
        assertThat(Cli.run("scan", repo.dir().toString(), "--rubric", rubric.toString(), "--format", "json", "-o",
                after.toString()).exit()).isZero();

        Cli text = Cli.run("diff", before.toString(), after.toString());
        Cli json = Cli.run("diff", before.toString(), after.toString(), "--format", "json");

        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("levels:\n  reproducibility/classical: 2 -> 1  (dropped)\n",
                "criteria that flipped:\n  repro.deps-pinned (reproducibility/classical L2): MET -> NOT_MET  (regressed)\n");
        assertThat(json.out()).contains("\"criterion\" : \"repro.deps-pinned\"", "\"before\" : \"MET\"", "\"after\" : \"NOT_MET\"");
        assertThat(Cli.run("diff", before.toString(), tmp.resolve("missing.json").toString()).exit()).isEqualTo(ExitCodes.USAGE);
    }
}
