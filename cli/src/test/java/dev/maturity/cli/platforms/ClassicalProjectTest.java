package dev.maturity.cli.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.fixtures.platforms.ClassicalProject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A classical DVC + MLflow project proves every reproducibility criterion of level 2 from git: its
 * pipeline ({@code dvc repro} in CI) registers the model it trains ({@code registered_model_name}) and
 * {@code dvc.lock} pins that model to the data, code and params that built it, so the level is 2
 * without the tracking server (calibration: practices that leave artefacts in git are provable from it).
 */
class ClassicalProjectTest {

    @TempDir
    Path tmp;

    @Test
    void gitProvesTheLevelTwoReproducibilityCriteriaItCan() throws Exception {
        Path repo = tmp.resolve("churn");
        String head;
        try (var b = ClassicalProject.create(repo)) {
            head = b.git().log().setMaxCount(1).call().iterator().next().getName();
        }
        ScanReport report = ScanReport.scan(repo, tmp.resolve("report.json"));
        String at = "churn@" + head + ":";

        JsonNode repro = report.axis("reproducibility", "classical");
        assertThat(repro.get("applicable").asBoolean()).isTrue();
        assertThat(repro.get("level").asInt()).as("versioned data and a pipeline dvc repro runs in CI").isEqualTo(3);
        assertThat(repro.get("ceiling").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(repro.get("groups").findValuesAsText("outcome")).containsExactly("MET", "MET", "NOT_MET");
        assertThat(repro.get("groups").findValuesAsText("name")).containsExactly("versioned", "pipeline-checked", "features-governed");
        assertThat(report.axis("reproducibility", "llm").get("applicable").asBoolean()).isFalse();

        assertThat(report.outcomes("reproducibility", "classical", 2)).isEqualTo(Map.of(
                "repro.code-in-git", "MET",
                "repro.deps-pinned", "MET",
                "repro.data-versioned", "MET",
                "repro.experiment-tracker", "MET",
                "repro.no-notebook-deploys", "MET",
                "repro.model-registry", "MET",
                "repro.production-rebuildable", "MET"));

        assertThat(report.locators(report.criterion("reproducibility", "classical", "repro.code-in-git")))
                .containsExactly(at + "dvc.yaml#L2-L24", at + "src/train.py#L" + ClassicalProject.TRAIN_SET_EXPERIMENT_LINE,
                        at + "src/train.py#L" + ClassicalProject.TRAIN_FIT_LINE);
        assertThat(report.locators(report.criterion("reproducibility", "classical", "repro.deps-pinned")))
                .containsExactly(at + "requirements.txt#L2-L10");
        assertThat(report.locators(report.criterion("reproducibility", "classical", "repro.data-versioned")))
                .contains(at + "data/customers.csv.dvc#L2-L5", at + "dvc.lock#L3-L48");
        assertThat(report.locators(report.criterion("reproducibility", "classical", "repro.experiment-tracker")))
                .contains(at + "src/train.py#L" + ClassicalProject.TRAIN_SET_EXPERIMENT_LINE);
        assertThat(report.locators(report.criterion("reproducibility", "classical", "repro.model-registry")))
                .contains(at + "src/train.py#L28");
        assertThat(report.locators(report.criterion("reproducibility", "classical", "repro.production-rebuildable")))
                .anyMatch(l -> l.startsWith(at + "dvc.lock#L"));
        assertThat(report.locators(report.criterion("reproducibility", "classical", "repro.no-notebook-deploys")))
                .containsExactly("churn@" + head);

        for (JsonNode c : repro.get("criteria")) {
            String outcome = c.get("outcome").asText();
            if (outcome.equals("MET") || outcome.equals("NOT_MET")) {
                assertThat(report.locators(c)).as(c.get("id").asText()).isNotEmpty()
                        .allSatisfy(l -> assertThat(l).startsWith("churn@" + head));
            }
        }
    }
}
