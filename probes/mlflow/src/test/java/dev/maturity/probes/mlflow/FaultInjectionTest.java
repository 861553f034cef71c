package dev.maturity.probes.mlflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.maturity.core.facts.Availability;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults on the wire become source statuses and UNKNOWN findings, never crashes or NOT_MET; only reads are sent. */
class FaultInjectionTest {

    static final String VERSIONS = "/api/2.0/mlflow/model-versions/search";
    static final String RUNS = "/api/2.0/mlflow/runs/search";

    MlflowServer server;

    @BeforeEach
    void start() {
        server = MlflowServer.start(MlflowPlatforms.level2Classical(PlatformLevelsTest.REPO, PlatformLevelsTest.COMMIT));
    }

    @AfterEach
    void stop() {
        assertOnlyReads(server.requests());
        server.close();
    }

    static void assertOnlyReads(List<LoggedRequest> requests) {
        assertThat(requests).isNotEmpty().allSatisfy(r -> {
            String method = r.getMethod().getName();
            assertThat(method).isIn("GET", "POST");
            if (method.equals("POST")) {
                assertThat(r.getUrl()).matches("/api/[23]\\.0/mlflow/[a-z-]+/search(\\?.*)?");
            }
        });
    }

    @Test
    void a_connection_reset_is_retried_and_the_scan_completes() {
        server.wireMock().stubFor(get(urlPathEqualTo(VERSIONS)).inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .atPriority(MlflowServer.FAULT_PRIORITY).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("recovered"));
        MlflowScan scan = MlflowScan.of(server.uri());
        assertThat(status(scan)).isEqualTo(SourceStatus.OK);
        assertThat(scan.finding("mlflow.production-lineage").outcome()).isEqualTo(Outcome.MET);
        assertThat(server.requests().stream().filter(r -> r.getUrl().startsWith(VERSIONS))).hasSize(2);
    }

    @Test
    void a_500_then_200_is_retried_once() {
        server.wireMock().stubFor(post(urlPathEqualTo(RUNS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .atPriority(MlflowServer.FAULT_PRIORITY)
                .willReturn(aResponse().withStatus(500).withBody("{\"error_code\":\"INTERNAL_ERROR\",\"message\":\"db\"}"))
                .willSetStateTo("recovered"));
        MlflowScan scan = MlflowScan.of(server.uri());
        assertThat(status(scan)).isEqualTo(SourceStatus.OK);
        assertThat(scan.finding("mlflow.tracked-runs").outcome()).isEqualTo(Outcome.MET);
        assertThat(server.requests().stream().filter(r -> r.getUrl().startsWith(RUNS))).hasSize(2);
    }

    @Test
    void a_429_waits_as_long_as_retry_after_says() {
        server.wireMock().stubFor(get(urlPathEqualTo(VERSIONS)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .atPriority(MlflowServer.FAULT_PRIORITY)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"slow down\"}"))
                .willSetStateTo("recovered"));
        MlflowScan scan = MlflowScan.of(server.uri());
        assertThat(status(scan)).isEqualTo(SourceStatus.OK);
        List<LoggedRequest> calls = server.requests().stream().filter(r -> r.getUrl().startsWith(VERSIONS)).toList();
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).getLoggedDate().toInstant(), calls.get(1).getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void persistent_5xx_makes_the_registry_unavailable_and_its_criteria_unknown_but_runs_are_still_read() {
        server.wireMock().stubFor(get(urlPathEqualTo(VERSIONS)).atPriority(MlflowServer.FAULT_PRIORITY)
                .willReturn(aResponse().withStatus(503)));
        MlflowScan scan = MlflowScan.of(server.uri());
        SourceReport source = scan.result.sources().get(0);
        assertThat(source.status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(source.message()).isEqualTo("GET " + VERSIONS + ": HTTP 503 after 3 attempts");
        Finding registry = scan.finding("mlflow.model-registry");
        assertThat(registry.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(registry.summary()).isEqualTo("MLflow at " + server.uri() + ": GET " + VERSIONS + ": HTTP 503 after 3 attempts");
        assertThat(scan.finding("mlflow.production-lineage").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(scan.finding("mlflow.tracked-runs").outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void a_delay_past_the_read_timeout_is_retried_then_reported_unavailable() {
        server.wireMock().stubFor(get(urlPathEqualTo(VERSIONS)).atPriority(MlflowServer.FAULT_PRIORITY)
                .willReturn(aResponse().withFixedDelay(1500).withStatus(200).withBody("{}")));
        MlflowScan scan = MlflowScan.of(server.uri(), Map.of(), MlflowScan.FAST.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));
        assertThat(availability(scan, MlflowDomains.REGISTRY).reason())
                .isEqualTo("MLflow at " + server.uri() + ": GET " + VERSIONS + ": timed out after 3 attempts");
        assertThat(status(scan)).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(scan.finding("mlflow.version-metrics").outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void the_total_time_budget_bounds_the_whole_read() {
        server.wireMock().stubFor(any(urlPathMatching("/api/.*")).atPriority(MlflowServer.FAULT_PRIORITY)
                .willReturn(aResponse().withFixedDelay(400).withStatus(503)));
        long start = System.nanoTime();
        MlflowScan scan = MlflowScan.of(server.uri(), Map.of(), MlflowScan.FAST.withRetries(100, Duration.ofMillis(50),
                Duration.ofMillis(100)).withBudget(Duration.ofSeconds(2)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        assertThat(status(scan)).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(MlflowDomains.ALL).allSatisfy(d -> assertThat(availability(scan, d).available()).isFalse());
    }

    @Test
    void a_401_makes_the_source_forbidden_and_every_mlflow_criterion_unknown() {
        server.wireMock().stubFor(any(urlPathMatching("/api/.*")).atPriority(MlflowServer.FAULT_PRIORITY)
                .willReturn(aResponse().withStatus(401).withBody("{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"bad token\"}")));
        MlflowScan scan = MlflowScan.of(server.uri());
        assertThat(status(scan)).isEqualTo(SourceStatus.FORBIDDEN);
        MlflowScan.probes().keySet().forEach(id ->
                assertThat(scan.finding(id).outcome()).as(id).isEqualTo(Outcome.UNKNOWN));
        assertThat(scan.finding("mlflow.model-registry").summary()).endsWith(": unauthorized (HTTP 401)");
        assertThat(server.requests()).extracting(LoggedRequest::getUrl).doesNotHaveDuplicates(); // 401 is not retried
    }

    @Test
    void a_garbage_body_is_a_malformed_response_error() {
        server.wireMock().stubFor(get(urlPathEqualTo(VERSIONS)).atPriority(MlflowServer.FAULT_PRIORITY)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>oops")));
        MlflowScan scan = MlflowScan.of(server.uri());
        assertThat(status(scan)).isEqualTo(SourceStatus.ERROR);
        assertThat(scan.finding("mlflow.model-registry").summary())
                .isEqualTo("MLflow at " + server.uri() + ": GET " + VERSIONS + ": malformed response (not the MLflow JSON shape)");
        assertThat(scan.finding("mlflow.tracked-runs").outcome()).isEqualTo(Outcome.MET);
    }

    private static SourceStatus status(MlflowScan scan) {
        return scan.result.sources().get(0).status();
    }

    private static Availability availability(MlflowScan scan, String domain) {
        return scan.facts.availability(domain);
    }
}
