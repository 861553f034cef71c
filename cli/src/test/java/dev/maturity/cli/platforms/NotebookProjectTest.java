package dev.maturity.cli.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.fixtures.platforms.NotebookProject;
import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ad-hoc notebook-only project is classical reproducibility level 1, and says why. */
class NotebookProjectTest {

    @TempDir
    Path tmp;

    @Test
    void aNotebookRunByTheDockerfileKeepsReproducibilityAtLevelOne() throws Exception {
        Path repo = tmp.resolve("churn-notebooks");
        String head;
        try (var b = NotebookProject.create(repo)) {
            RevCommit c = b.git().log().setMaxCount(1).call().iterator().next();
            head = c.getName();
        }
        ScanReport report = ScanReport.scan(repo, tmp.resolve("report.json"));

        JsonNode repro = report.axis("reproducibility", "classical");
        assertThat(repro.get("applicable").asBoolean()).isTrue();
        assertThat(repro.get("level").asInt()).isEqualTo(1);

        JsonNode noNotebooks = report.criterion("reproducibility", "classical", "repro.no-notebook-deploys");
        assertThat(noNotebooks.get("outcome").asText()).isEqualTo("NOT_MET");
        assertThat(report.locators(noNotebooks)).containsExactly(
                "churn-notebooks@" + head + ":Dockerfile#L" + NotebookProject.DOCKERFILE_NBCONVERT_LINE);

        assertThat(report.criterion("reproducibility", "classical", "repro.code-in-git").get("outcome").asText()).isEqualTo("NOT_MET");
        JsonNode deps = report.criterion("reproducibility", "classical", "repro.deps-pinned");
        assertThat(deps.get("outcome").asText()).isEqualTo("NOT_MET");
        assertThat(report.locators(deps)).contains("churn-notebooks@" + head + ":requirements.txt#L1-L4");
        assertThat(report.criterion("reproducibility", "classical", "repro.data-versioned").get("outcome").asText())
                .isEqualTo("UNKNOWN");
    }
}
