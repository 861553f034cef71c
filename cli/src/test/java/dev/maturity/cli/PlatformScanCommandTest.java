package dev.maturity.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.render.ReportJson;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WireMockTest
class PlatformScanCommandTest {

    @TempDir
    Path dir;

    private Path config;
    private Path history;

    @BeforeEach
    void platform() throws Exception {
        try (GitRepoBuilder ranker = GitRepoBuilder.init(dir.resolve("repos/ranker"))) {
            ranker.at(Instant.parse("2026-11-02T09:00:00Z"))
                    .file("requirements.txt", "scikit-learn==1.5.2\npandas==2.2.3\n")
                    .file("train.py", "from sklearn.ensemble import GradientBoostingClassifier\n")
                    .commit("Train the ranker");
        }
        try (GitRepoBuilder features = GitRepoBuilder.init(dir.resolve("repos/features"))) {
            features.at(Instant.parse("2026-11-03T09:00:00Z"))
                    .file("requirements.txt", "pandas>=2\n")
                    .commit("Feature pipeline");
        }
        config = dir.resolve("maturity.yaml");
        Files.writeString(config, """
                version: 1
                defaults:
                  timeout: 2m
                platforms:
                  - name: recsys
                    team: ranking
                    targets:
                      - name: ranker
                        git: repos/ranker
                      - name: features
                        git: {repository: repos/features, ref: HEAD}
                  - name: genai
                    targets:
                      - name: gone
                        git: repos/gone
                """);
        history = dir.resolve("state/history.db");
    }

    @Test
    void a_platform_scan_records_one_history_entry_per_target_and_a_missing_repo_fails_alone() throws Exception {
        CommandRun run = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString(),
                "--parallel", "2", "--format", "json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INCOMPLETE);
        JsonNode targets = ReportJson.MAPPER.readTree(run.out()).get("targets");
        assertThat(targets).extracting(t -> t.get("name").asText() + " " + t.get("status").asText())
                .containsExactly("ranker SCORED", "features SCORED", "gone FAILED");
        assertThat(targets.get(2).get("reason").asText()).isNotBlank();
        assertThat(targets.get(0).get("report").get("sources").get(0).get("status").asText()).isEqualTo("OK");
        List<HistoryEntry> recorded = HistoryStore.open(history.toString()).read(null, null);
        assertThat(recorded).extracting(e -> e.target() + " " + e.platform() + " " + e.status())
                .containsExactlyInAnyOrder("ranker recsys SCORED", "features recsys SCORED", "gone genai FAILED");
        assertThat(run.err()).contains("maturity: scanning 3 target(s)", "maturity: ranker: collecting (git)",
                "maturity: ranker: scored", "maturity: gone: failed (", "maturity: 2 scored, 1 failed or timed out",
                "maturity: incomplete: 1 of 3 target(s) failed or timed out, more than allowed (allowed: 0, defaults.allowFailed in "
                        + config + ")");
    }

    @Test
    void failed_targets_within_the_allowance_of_the_config_or_the_flag_leave_the_run_green() throws Exception {
        Files.writeString(config, Files.readString(config).replace("  timeout: 2m\n", "  timeout: 2m\n  allowFailed: 34%\n"));

        CommandRun byConfig = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString());
        CommandRun byFlag = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString(),
                "--allow-failed", "0");
        CommandRun byCount = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString(),
                "--allow-failed", "1");

        assertThat(byConfig.code()).as(byConfig.err()).isEqualTo(ExitCodes.OK);
        assertThat(byConfig.err()).contains("maturity: 2 scored, 1 failed or timed out").doesNotContain("incomplete");
        assertThat(byFlag.code()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(byFlag.err()).contains("more than allowed (allowed: 0, --allow-failed)");
        assertThat(byCount.code()).as(byCount.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void a_run_in_which_every_target_failed_exits_incomplete_whatever_is_allowed() throws Exception {
        Files.writeString(config, """
                platforms:
                  - name: genai
                    targets:
                      - {name: gone, git: repos/gone}
                      - {name: moved, git: repos/moved}
                """);

        CommandRun run = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString(),
                "--allow-failed", "100%");

        assertThat(run.code()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(run.err()).contains("maturity: 0 scored, 2 failed or timed out",
                "maturity: incomplete: 2 of 2 target(s) failed or timed out, more than allowed (none scored, --allow-failed)");
    }

    @Test
    void a_malformed_allowance_is_a_usage_error_before_anything_is_scanned() throws Exception {
        CommandRun run = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString(),
                "--allow-failed", "a few");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--allow-failed: expected a number of targets (2) or a share of them (25%), not 'a few'");
        assertThat(Files.exists(history)).isFalse();
    }

    @Test
    void each_scan_appends_and_history_lists_every_scan_of_a_target() throws Exception {
        CommandRun.of("scan", "--config", config.toString(), "--history", history.toString());
        CommandRun.of("scan", "--config", config.toString(), "--history", history.toString());

        CommandRun shown = CommandRun.of("history", "--history", history.toString(), "--target", "ranker", "--format", "json");

        assertThat(shown.code()).as(shown.err()).isZero();
        JsonNode ranker = ReportJson.MAPPER.readTree(shown.out()).get("targets").get(0);
        assertThat(ranker.get("target").asText()).isEqualTo("ranker");
        assertThat(ranker.get("scans")).hasSize(2).allSatisfy(s -> assertThat(s.get("status").asText()).isEqualTo("SCORED"));
    }

    @Test
    void gate_flags_are_refused_with_a_config_rather_than_silently_ignored() throws Exception {
        CommandRun run = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString(),
                "--min-level", "evaluation=3");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("a --config scan gates each target by the thresholds in maturity.yaml");
        assertThat(HistoryStore.open(history.toString()).read(null, null)).isEmpty();
    }

    @Test
    void a_shard_scans_only_its_targets_in_name_order() throws Exception {
        CommandRun run = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString(),
                "--shard", "1/2", "--format", "json");

        JsonNode targets = ReportJson.MAPPER.readTree(run.out()).get("targets");
        // Name order: features, gone, ranker; shard 1 of 2 takes the second.
        assertThat(targets).extracting(t -> t.get("name").asText()).containsExactly("gone");
        assertThat(run.err()).contains("(shard 1/2)");
    }

    @Test
    void prometheus_output_has_a_scan_status_per_target_and_each_target_is_pushed_to_its_own_group(
            WireMockRuntimeInfo wm) throws Exception {
        WireMock.stubFor(put(WireMock.urlMatching("/metrics/job/maturity/target/.*")).willReturn(WireMock.ok()));

        CommandRun run = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString(),
                "--format", "prometheus", "--pushgateway", wm.getHttpBaseUrl(), "--allow-failed", "1");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("# TYPE maturity_level gauge\n", "maturity_scan_success{target=\"ranker\",platform=\"recsys\",team=\"ranking\",status=\"scored\"} 1\n",
                "maturity_scan_success{target=\"gone\",platform=\"genai\",status=\"failed\"} 0\n").doesNotContain("maturity_criterion_outcome");
        WireMock.verify(putRequestedFor(urlEqualTo("/metrics/job/maturity/target/ranker"))
                .withRequestBody(containing("maturity_scan_success{target=\"ranker\",platform=\"recsys\",team=\"ranking\",status=\"scored\"} 1")));
        WireMock.verify(putRequestedFor(urlEqualTo("/metrics/job/maturity/target/gone"))
                .withRequestBody(containing("maturity_scan_success{target=\"gone\",platform=\"genai\",status=\"failed\"} 0")));
        WireMock.verify(3, putRequestedFor(WireMock.urlMatching("/metrics/job/maturity/target/.*")));
    }

    @Test
    void an_invalid_config_exits_2_naming_file_line_and_key() throws Exception {
        Files.writeString(config, """
                platforms:
                  - name: recsys
                    targets:
                      - name: ranker
                        mlflow: {uri: "https://mlflow.example.com", password: "s3cr3t"}
                """);

        CommandRun run = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(config + ":5: platforms[0].targets[0].mlflow.password: literal secrets are not allowed")
                .doesNotContain("s3cr3t");
        assertThat(Files.exists(history)).isFalse();
    }

    @Test
    void targets_on_the_command_line_beside_a_config_are_a_usage_error() {
        CommandRun run = CommandRun.of("scan", "--config", config.toString(), "--history", history.toString(), "repos/ranker");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--config names the targets");
    }
}
