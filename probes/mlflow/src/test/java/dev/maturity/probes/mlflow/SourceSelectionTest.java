package dev.maturity.probes.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.net.ServerSocket;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceSelectionTest {

    static final String TOKEN = "dapi-5ecr3t-t0ken-0123456789abcdef";

    @Test
    void without_a_tracking_uri_every_mlflow_criterion_is_unknown_because_mlflow_is_not_configured() {
        MlflowScan scan = MlflowScan.of(null, Map.of(), MlflowScan.FAST);
        assertThat(scan.result.sources()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SourceStatus.NOT_CONFIGURED);
            assertThat(s.message()).isEqualTo("MLflow not configured (--mlflow or MLFLOW_TRACKING_URI)");
        });
        MlflowScan.probes().keySet().forEach(id -> {
            assertThat(scan.finding(id).outcome()).as(id).isEqualTo(Outcome.UNKNOWN);
            assertThat(scan.finding(id).summary()).as(id).isEqualTo("MLflow not configured (--mlflow or MLFLOW_TRACKING_URI)");
        });
    }

    @Test
    void a_tracking_uri_that_names_a_local_file_store_is_an_error_source_not_a_failed_scan() {
        MlflowScan scan = MlflowScan.of(null, Map.of("MLFLOW_TRACKING_URI", "file:///home/ds/mlruns",
                "MLFLOW_TRACKING_TOKEN", TOKEN), MlflowScan.FAST);
        String why = "MLflow tracking URI must be http(s): file:///home/ds/mlruns (from MLFLOW_TRACKING_URI)";
        assertThat(scan.result.sources()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SourceStatus.ERROR);
            assertThat(s.message()).isEqualTo(why);
        });
        MlflowScan.probes().keySet().forEach(id -> {
            assertThat(scan.finding(id).outcome()).as(id).isEqualTo(Outcome.UNKNOWN);
            assertThat(scan.finding(id).summary()).as(id).isEqualTo(why);
        });
    }

    @Test
    void a_token_configured_for_a_plain_http_server_elsewhere_is_noted_in_the_status() {
        MlflowScan scan = MlflowScan.of("http://mlflow.invalid:5000", Map.of("MLFLOW_TRACKING_TOKEN", TOKEN), MlflowScan.FAST);
        assertThat(scan.result.sources()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SourceStatus.UNAVAILABLE);
            assertThat(s.message()).endsWith("; credentials go over plain http to mlflow.invalid:5000, readable by anyone on the"
                    + " network path: use https").doesNotContain(TOKEN);
        });
    }

    @Test
    void a_flag_that_is_not_a_uri_is_an_error_source_that_names_the_flag_and_hides_user_info() {
        MlflowScan scan = MlflowScan.of("http://scanner:" + TOKEN + "@mlflow host:5000", Map.of(), MlflowScan.FAST);
        assertThat(scan.result.sources()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SourceStatus.ERROR);
            assertThat(s.message()).isEqualTo("MLflow tracking URI is not a URI: http://mlflow host:5000 (from --mlflow)");
        });
    }

    @Test
    void the_tracking_uri_comes_from_the_environment_and_the_token_is_sent_as_a_bearer_header() {
        try (MlflowServer server = MlflowServer.start(MlflowPlatforms.level1Notebooks())) {
            MlflowScan scan = MlflowScan.of(null, Map.of("MLFLOW_TRACKING_URI", server.uri() + "/",
                    "MLFLOW_TRACKING_TOKEN", TOKEN), MlflowScan.FAST);
            assertThat(scan.result.sources().get(0).uri()).isEqualTo(server.uri());
            assertThat(scan.finding("mlflow.model-registry").outcome()).isEqualTo(Outcome.MET);
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
        }
    }

    @Test
    void basic_auth_comes_from_username_and_password() {
        try (MlflowServer server = MlflowServer.start(MlflowPlatforms.level1Notebooks())) {
            MlflowScan.of(server.uri(), Map.of("MLFLOW_TRACKING_USERNAME", "scanner", "MLFLOW_TRACKING_PASSWORD", "pa55"), MlflowScan.FAST);
            String expected = "Basic " + Base64.getEncoder().encodeToString("scanner:pa55".getBytes());
            assertThat(server.requests()).extracting(r -> r.getHeader("Authorization")).containsOnly(expected);
        }
    }

    @Test
    void the_token_never_appears_in_facts_sources_reasons_or_the_report() throws Exception {
        try (MlflowServer server = MlflowServer.start(MlflowPlatforms.governed(PlatformLevelsTest.REPO, PlatformLevelsTest.COMMIT))) {
            server.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/2.0/mlflow/model-versions/search"))
                    .atPriority(MlflowServer.FAULT_PRIORITY).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                            .aResponse().withStatus(403).withBody("{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"token "
                                    + TOKEN + " lacks READ\"}")));
            String uriWithSecret = server.uri().replace("http://", "http://scanner:" + TOKEN + "@");
            MlflowScan scan = MlflowScan.of(uriWithSecret, Map.of("MLFLOW_TRACKING_TOKEN", TOKEN), MlflowScan.FAST);
            assertThat(scan.result.sources().get(0).status()).isEqualTo(SourceStatus.FORBIDDEN);
            String everything = ReportJson.MAPPER.writeValueAsString(Map.of("sources", scan.result.sources(),
                    "facts", scan.result.facts(), "coverage", scan.result.coverage(),
                    "findings", MlflowScan.probes().keySet().stream().map(scan::finding).toList()));
            assertThat(everything).doesNotContain(TOKEN).doesNotContain("scanner:");
        }
    }

    @Test
    void an_unreachable_server_is_unavailable_not_a_crash() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        MlflowScan scan = MlflowScan.of("http://127.0.0.1:" + port, Map.of(), MlflowScan.FAST);
        assertThat(scan.result.sources().get(0).status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(scan.finding("mlflow.production-lineage").summary())
                .isEqualTo("MLflow at http://127.0.0.1:" + port + ": GET /api/2.0/mlflow/registered-models/search: connection refused after 3 attempts");
    }

    @Test
    void every_list_is_paged_and_only_the_runs_production_needs_are_fetched_once_each() {
        var platform = MlflowPlatforms.governed(PlatformLevelsTest.REPO, PlatformLevelsTest.COMMIT).pageSize(2);
        try (MlflowServer server = MlflowServer.start(platform)) {
            MlflowScan scan = MlflowScan.of(server.uri(), Map.of(), MlflowScan.FAST.withPageSize(2));
            assertThat(scan.finding("mlflow.production-lineage").summary()).startsWith("1 production version(s) trace");
            assertThat(scan.finding("mlflow.automated-version-cadence").outcome()).isEqualTo(Outcome.MET);
            assertThat(count(server, "/api/2.0/mlflow/model-versions/search")).isEqualTo(3 + 1); // 6 versions, then 2 prompt versions
            assertThat(count(server, "/api/2.0/mlflow/runs/search")).isEqualTo(4); // 7 runs in 2s
            assertThat(count(server, "/api/2.0/mlflow/runs/get")).isZero();
            FaultInjectionTest.assertOnlyReads(server.requests());
        }
    }

    @Test
    void a_production_run_outside_the_recent_window_is_fetched_by_id_once() {
        try (MlflowServer server = MlflowServer.start(MlflowPlatforms.governed(PlatformLevelsTest.REPO, PlatformLevelsTest.COMMIT))) {
            MlflowScan scan = MlflowScan.of(server.uri(), Map.of(), new dev.maturity.probes.mlflow.client.ReadSettings(
                    MlflowScan.FAST.connectTimeout(), MlflowScan.FAST.readTimeout(), 3, MlflowScan.FAST.backoffBase(),
                    MlflowScan.FAST.backoffMax(), MlflowScan.FAST.budget(), 1000, 4, 1, 100));
            assertThat(scan.finding("mlflow.production-lineage").outcome()).isEqualTo(Outcome.MET);
            // the champion (v5) and the latest READY (v6) are candidates; the newest run is in the window of 1
            assertThat(server.requests().stream().filter(r -> r.getUrl().startsWith("/api/2.0/mlflow/runs/get"))
                    .map(LoggedRequest::getUrl)).containsExactlyInAnyOrder(
                    "/api/2.0/mlflow/runs/get?run_id=" + MlflowPlatforms.runId("sched-5"),
                    "/api/2.0/mlflow/runs/get?run_id=" + MlflowPlatforms.runId("sched-6"));
        }
    }

    private static long count(MlflowServer server, String path) {
        return server.requests().stream().filter(r -> r.getUrl().startsWith(path)).count();
    }
}
