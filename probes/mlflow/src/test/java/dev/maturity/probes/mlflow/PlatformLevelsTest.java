package dev.maturity.probes.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import org.junit.jupiter.api.Test;

class PlatformLevelsTest {

    static final String REPO = "https://github.com/acme/churn-model.git";
    static final String COMMIT = "3f9d2c4b8a7e6f5d4c3b2a1908f7e6d5c4b3a291";

    @Test
    void a_level_1_platform_tracks_runs_but_its_versions_come_from_notebooks_without_lineage() {
        try (MlflowServer server = MlflowServer.start(MlflowPlatforms.level1Notebooks())) {
            MlflowScan scan = MlflowScan.of(server.uri());
            assertThat(scan.result.sources()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(SourceStatus.OK));
            assertThat(scan.finding("mlflow.classical-workload").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.finding("mlflow.llm-workload").outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(scan.finding("mlflow.tracked-runs").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.finding("mlflow.model-registry").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.finding("mlflow.version-metrics").outcome()).isEqualTo(Outcome.MET);
            Finding lineage = scan.finding("mlflow.production-lineage");
            assertThat(lineage.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(lineage.summary()).isEqualTo("1 of 1 production version(s) cannot be rebuilt: churn-classifier/2 (no git commit)");
            Finding notebook = scan.finding("mlflow.production-not-from-notebook");
            assertThat(notebook.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(notebook.evidence()).extracting(Evidence::locator).contains(
                    server.uri() + "#/models/churn-classifier/versions/2 (run " + MlflowPlatforms.runId("nb-3") + ")");
            assertThat(scan.finding("mlflow.dataset-digests").outcome()).isEqualTo(Outcome.NOT_MET);
            Finding alias = scan.finding("mlflow.production-alias-set");
            assertThat(alias.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(alias.evidence()).extracting(Evidence::locator).containsExactly(server.uri());
            assertThat(scan.finding("mlflow.prompt-registry").outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(scan.finding("mlflow.traces-token-usage").outcome()).isEqualTo(Outcome.NOT_MET);
        }
    }

    @Test
    void a_level_2_platform_rebuilds_its_champion_from_run_commit_and_dataset() {
        try (MlflowServer server = MlflowServer.start(MlflowPlatforms.level2Classical(REPO, COMMIT))) {
            MlflowScan scan = MlflowScan.of(server.uri());
            Finding lineage = scan.finding("mlflow.production-lineage");
            assertThat(lineage.outcome()).isEqualTo(Outcome.MET);
            assertThat(lineage.summary()).isEqualTo("1 production version(s) trace to a run and a git commit; 1 also to a dataset digest");
            String run = MlflowPlatforms.runId("train-3");
            assertThat(lineage.evidence()).extracting(Evidence::locator).containsExactly(
                    server.uri() + "#/experiments/1/runs/" + run,
                    server.uri() + "#/models/churn-classifier/versions/3 (run " + run + ")");
            assertThat(lineage.evidence()).allSatisfy(e -> assertThat(e.strength()).isEqualTo(Strength.LIVE));
            assertThat(lineage.evidence().get(0).detail())
                    .isEqualTo("run " + run + ", git commit " + COMMIT + ", source type JOB, dataset churn-features digest d7a8fbb3");
            assertThat(scan.finding("mlflow.production-not-from-notebook").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.finding("mlflow.dataset-digests").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.finding("mlflow.version-metrics").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.finding("mlflow.production-alias-set").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.finding("mlflow.lineage-complete").outcome()).isEqualTo(Outcome.MET);
            // nothing above level 2 is claimed
            assertThat(scan.finding("mlflow.aliases-on-validated-versions").outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(scan.finding("mlflow.model-owner-tags").outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(scan.finding("mlflow.retraining-decision-tags").outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(scan.finding("mlflow.automated-version-cadence").outcome()).isEqualTo(Outcome.NOT_MET);
        }
    }

    @Test
    void a_governed_platform_meets_the_level_4_and_5_registry_criteria() {
        try (MlflowServer server = MlflowServer.start(MlflowPlatforms.governed(REPO, COMMIT))) {
            MlflowScan scan = MlflowScan.of(server.uri());
            Finding validated = scan.finding("mlflow.aliases-on-validated-versions");
            assertThat(validated.outcome()).isEqualTo(Outcome.MET);
            assertThat(validated.summary()).isEqualTo("1 aliased production version(s), all validated");
            assertThat(scan.finding("mlflow.model-owner-tags").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.finding("mlflow.retraining-decision-tags").outcome()).isEqualTo(Outcome.MET);
            Finding cadence = scan.finding("mlflow.automated-version-cadence");
            assertThat(cadence.outcome()).isEqualTo(Outcome.MET);
            assertThat(cadence.summary()).isEqualTo("6 version(s) created by automation in the last 90 days, at most 14 days apart");
            assertThat(scan.finding("mlflow.lineage-complete", Track.CLASSICAL).outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.finding("mlflow.lineage-complete", Track.LLM).summary())
                    .isEqualTo("1 production version(s) with run, commit and dataset digest, 1 prompt(s) linked to runs");
            assertThat(scan.finding("mlflow.llm-workload").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.finding("mlflow.prompt-registry").summary()).isEqualTo("1 prompt(s) with 2 version(s) in the registry");
            assertThat(scan.finding("mlflow.llm-evaluation-runs").outcome()).isEqualTo(Outcome.MET);
            Finding tokens = scan.finding("mlflow.traces-token-usage");
            assertThat(tokens.outcome()).isEqualTo(Outcome.MET);
            assertThat(tokens.evidence()).extracting(Evidence::locator).containsExactly(server.uri() + "#/experiments/2");
            assertThat(scan.finding("mlflow.traces-tagged-by-feature").summary())
                    .isEqualTo("5 of 5 recent trace(s) carry a feature tag (feature, product_feature, app_feature, use_case, product)");
        }
    }

    @Test
    void the_champion_alias_on_an_unvalidated_version_fails_the_promotion_gate_but_a_challenger_does_not_count() {
        var platform = MlflowPlatforms.level2Classical(REPO, COMMIT);
        platform.version(MlflowPlatforms.MODEL, "4", MlflowPlatforms.runId("train-3"),
                v -> v.alias("challenger").tag("validation_status", "failed"));
        try (MlflowServer server = MlflowServer.start(platform)) {
            Finding f = MlflowScan.of(server.uri()).finding("mlflow.aliases-on-validated-versions");
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(f.summary()).isEqualTo(
                    "1 of 1 production alias(es) on versions without a passing validation tag: churn-classifier/3");
        }
    }
}
