package dev.maturity.cli.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rubric 2026.12.1 scores a level by its defining criteria plus any-of groups of alternatives:
 * a repository read without MLflow or Kubernetes reaches the levels its artefacts prove, while
 * the alternatives only a live source could prove stay UNKNOWN in the report.
 */
class GroupedLevelsTest {

    @TempDir
    Path tmp;

    static JsonNode group(JsonNode axis, String name) {
        for (JsonNode g : axis.get("groups")) {
            if (g.get("name").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name + " in " + axis);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void pinnedDependenciesAloneMakeReproducibilityTwoWhileTheRegistryStaysUnknownInTheReport() throws Exception {
        Path dir = tmp.resolve("fraud-model");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("requirements.txt", "scikit-learn==1.5.2\npandas==2.2.3\n")
                    .file("src/fraud/train.py", """
                            import pandas as pd
                            from sklearn.ensemble import GradientBoostingClassifier

                            df = pd.read_parquet("data/transactions.parquet")
                            model = GradientBoostingClassifier().fit(df.drop(columns="fraud"), df.fraud)
                            """)
                    .commit("Train the fraud model").getName();
        }
        ScanReport report = ScanReport.scan(dir, tmp.resolve("report.json"));
        JsonNode repro = report.axis("reproducibility", "classical");

        assertThat(repro.get("level").asInt()).isEqualTo(2);
        assertThat(repro.get("ceiling").asInt()).isEqualTo(2);
        JsonNode versioned = group(repro, "versioned");
        assertThat(versioned.get("outcome").asText()).isEqualTo("MET");
        assertThat(versioned.get("level").asInt()).isEqualTo(2);
        assertThat(versioned.get("min").asInt()).isEqualTo(1);
        assertThat(texts(versioned.get("members"))).containsExactly("repro.data-versioned", "repro.deps-pinned",
                "repro.experiment-tracker", "repro.model-registry", "repro.production-rebuildable");
        JsonNode deps = report.criterion("reproducibility", "classical", "repro.deps-pinned");
        assertThat(deps.get("outcome").asText()).isEqualTo("MET");
        assertThat(deps.get("group").asText()).isEqualTo("versioned");
        assertThat(report.locators(deps)).containsExactly("fraud-model@" + head + ":requirements.txt#L1-L2");
        JsonNode registry = report.criterion("reproducibility", "classical", "repro.model-registry");
        assertThat(registry.get("outcome").asText()).isEqualTo("UNKNOWN");
        assertThat(registry.get("summary").asText()).contains("MLflow not configured");
        assertThat(texts(repro.get("next"))).doesNotContain("repro.model-registry", "repro.data-versioned")
                .contains("repro.data-quality-checks", "repro.pipelines-ci-tested");
        assertThat(group(repro, "pipeline-checked").get("outcome").asText()).isEqualTo("NOT_MET");
    }

    @Test
    void unpinnedDependenciesAndOnlyUnreadRegistriesLeaveTheGroupUnknownLevelOneCeilingTwo() throws Exception {
        Path dir = tmp.resolve("churn");
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            git.file("requirements.txt", "scikit-learn>=1.3\npandas\n")
                    .file("train.py", "from sklearn.linear_model import LogisticRegression\n"
                            + "model = LogisticRegression().fit(X, y)\n")
                    .commit("Train the churn model");
        }
        ScanReport report = ScanReport.scan(dir, tmp.resolve("report.json"));
        JsonNode repro = report.axis("reproducibility", "classical");

        assertThat(group(repro, "versioned").get("outcome").asText()).isEqualTo("UNKNOWN");
        assertThat(repro.get("level").asInt()).isEqualTo(1);
        assertThat(repro.get("ceiling").asInt()).isEqualTo(2);
        assertThat(texts(repro.get("next"))).containsExactly("repro.data-versioned", "repro.deps-pinned",
                "repro.experiment-tracker", "repro.model-registry", "repro.production-rebuildable");
    }

    @Test
    void codeownersOverMlPathsMakeGovernanceTwoAndAnLlmOnlyRepositoryGetsTheLlmUpgrade() throws Exception {
        Path dir = tmp.resolve("support-bot");
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            git.file("requirements.txt", "openai==1.54.0\n")
                    .file("prompts/system.prompty", """
                            ---
                            name: support
                            model:
                              api: chat
                            ---
                            system:
                            You answer questions about orders. Cite the order id.
                            """)
                    .file("app/bot.py", """
                            from openai import OpenAI
                            from pathlib import Path

                            client = OpenAI()
                            SYSTEM = Path("prompts/system.prompty").read_text()

                            def answer(question):
                                return client.chat.completions.create(model="gpt-4o-mini",
                                    messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}])
                            """)
                    .file(".github/CODEOWNERS", "/app/ @acme/support-ml\n/prompts/ @acme/support-ml\n")
                    .commit("Support bot with owned prompts");
        }
        ScanReport report = ScanReport.scan(dir, tmp.resolve("report.json"));
        JsonNode gov = report.axis("governance", "llm");

        assertThat(report.axis("governance", "classical").get("applicable").asBoolean()).isFalse();
        assertThat(gov.get("level").asInt()).isEqualTo(2);
        assertThat(group(gov, "accountable").get("outcome").asText()).isEqualTo("MET");
        assertThat(report.criterion("governance", "llm", "gov.named-owners").get("outcome").asText()).isEqualTo("MET");
        assertThat(report.criterion("governance", "llm", "gov.production-answerable").get("outcome").asText())
                .isEqualTo("UNKNOWN");

        JsonNode summary = report.json().get("summary");
        assertThat(summary.get("platformLevel").asInt()).isEqualTo(1);
        assertThat(summary.at("/upgradeTarget/track").asText()).isEqualTo("llm");
        assertThat(summary.get("upgrade").asText()).startsWith("llm ").contains(" holds the platform at level 1: ")
                .doesNotContain("experiment-tracking");
    }
}
