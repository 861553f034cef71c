package dev.maturity.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.cli.CliHarness;
import dev.maturity.cli.ExitCodes;
import dev.maturity.core.render.ReportJson;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.hostile.HostileHttpServer;
import dev.maturity.fixtures.kubernetes.ApiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MLflow servers and Kubernetes API servers that never stop paging, send endless or trickling
 * bodies, or never answer: each source ends within its limits with the reason in its status,
 * the git source's evidence stays intact, the scan exits 0 — in a 256 MiB heap for the memory cases.
 */
class HostileSourcesTest {

    @TempDir
    Path tmp;

    private Path repo;

    @BeforeEach
    void repository() {
        try (GitRepoBuilder r = GitRepoBuilder.init(tmp.resolve("repo"))) {
            r.file("requirements.txt", "numpy==2.1.3\n").commit("pin");
            repo = r.dir();
        }
    }

    /** A scan in this process; returns the report and checks the exit code, the time bound and the git source. */
    private JsonNode scan(Map<String, String> env, Duration bound, String... extra) throws Exception {
        Path out = tmp.resolve("report.json");
        List<String> args = new ArrayList<>(List.of(repo.toString(), "--format", "json", "--output", out.toString()));
        args.addAll(List.of(extra));
        long start = System.nanoTime();
        int exit = CliHarness.scan(env, args.toArray(String[]::new));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(elapsed).isLessThan(bound);
        JsonNode report = ReportJson.MAPPER.readTree(out.toFile());
        assertThat(source(report, "git").path("status").asText()).isEqualTo("OK");
        return report;
    }

    private static JsonNode source(JsonNode report, String kind) {
        for (JsonNode s : report.path("sources")) {
            if (s.path("kind").asText().equals(kind)) {
                return s;
            }
        }
        throw new AssertionError("no " + kind + " source in " + report.path("sources"));
    }

    private static JsonNode childReport(ChildJvm run) throws Exception {
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.printedStackTrace()).isFalse();
        assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(60));
        JsonNode report = ReportJson.MAPPER.readTree(run.out());
        assertThat(source(report, "git").path("status").asText()).isEqualTo("OK");
        return report;
    }

    /** Registered models, 1000 a page, with a fresh page token each time; every other list pages on empty. */
    private static HostileHttpServer.Behaviour endlessMlflow(boolean withItems) {
        AtomicLong pages = new AtomicLong();
        return HostileHttpServer.json(target -> {
            long n = pages.incrementAndGet();
            if (!withItems || !target.contains("registered-models/search")) {
                return "{\"next_page_token\":\"token-" + n + "\"}";
            }
            StringBuilder sb = new StringBuilder("{\"registered_models\":[");
            for (int i = 0; i < 1000; i++) {
                sb.append(i == 0 ? "" : ",").append("{\"name\":\"model-").append(n).append('-').append(i)
                        .append("\",\"creation_timestamp\":\"1764460800000\",\"last_updated_timestamp\":\"1764460800000\","
                                + "\"description\":\"").append("d".repeat(200)).append("\"}");
            }
            return sb.append("],\"next_page_token\":\"token-").append(n).append("\"}").toString();
        });
    }

    @Test
    void anMlflowServerWithEndlessPageTokensStopsAtThePageCap() throws Exception {
        try (HostileHttpServer mlflow = HostileHttpServer.start(endlessMlflow(false))) {
            JsonNode report = scan(Map.of(), Duration.ofSeconds(30), "--mlflow", mlflow.url());
            JsonNode source = source(report, "mlflow");
            assertThat(source.path("status").asText()).isEqualTo("ERROR");
            assertThat(source.path("message").asText()).contains("more than 1000 pages");
            assertThat(mlflow.requests()).isLessThanOrEqualTo(1000);
        }
    }

    @Test
    void anMlflowServerAddingItemsForeverStopsAtTheItemCapInASmallHeap() throws Exception {
        try (HostileHttpServer mlflow = HostileHttpServer.start(endlessMlflow(true))) {
            JsonNode report = childReport(ChildJvm.run(tmp, Map.of(), "scan", repo.toString(), "--format", "json",
                    "--mlflow", mlflow.url()));
            assertThat(source(report, "mlflow").path("message").asText()).contains("more than 20000 items");
        }
    }

    @Test
    void anEndlessMlflowBodyWithoutContentLengthStopsAtTheSizeCapInASmallHeap() throws Exception {
        try (HostileHttpServer mlflow = HostileHttpServer.start(HostileHttpServer.endlessBody())) {
            JsonNode report = childReport(ChildJvm.run(tmp, Map.of(), "scan", repo.toString(), "--format", "json",
                    "--mlflow", mlflow.url()));
            JsonNode source = source(report, "mlflow");
            assertThat(source.path("status").asText()).isEqualTo("ERROR");
            assertThat(source.path("message").asText()).contains("response body larger than 32 MiB");
        }
    }

    @Test
    void aTricklingMlflowServerEndsAtTheResponseDeadline() throws Exception {
        try (HostileHttpServer mlflow = HostileHttpServer.start(HostileHttpServer.trickle(200))) {
            JsonNode report = scan(Map.of(), Duration.ofSeconds(30), "--mlflow", mlflow.url(), "--source-timeout", "8s");
            JsonNode source = source(report, "mlflow");
            assertThat(source.path("status").asText()).isEqualTo("UNAVAILABLE");
            assertThat(source.path("message").asText()).containsAnyOf("time budget of 8s spent", "timed out");
        }
    }

    @Test
    void aHangingMlflowServerEndsWithinTheTimeBudget() throws Exception {
        try (HostileHttpServer mlflow = HostileHttpServer.start(HostileHttpServer.hang())) {
            JsonNode report = scan(Map.of(), Duration.ofSeconds(30), "--mlflow", mlflow.url(), "--source-timeout", "8s");
            assertThat(source(report, "mlflow").path("status").asText()).isEqualTo("UNAVAILABLE");
        }
    }

    @Test
    void aClusterWithEndlessContinueTokensStopsAtTheItemCapInASmallHeap() throws Exception {
        try (ApiServer cluster = ApiServer.start().endless("apps", "deployments")) {
            Path kubeconfig = cluster.writeKubeconfig(tmp, "hostile");
            JsonNode report = childReport(ChildJvm.run(tmp, Map.of("KUBECONFIG", kubeconfig.toString()), "scan", repo.toString(),
                    "--format", "json"));
            JsonNode source = source(report, "kubernetes");
            assertThat(source.path("status").asText()).isEqualTo("ERROR");
            assertThat(source.path("message").asText()).contains("list apps/deployments (all namespaces)")
                    .contains("more than 20000 items");
        }
    }

    @Test
    void aClusterRepeatingOneContinueTokenIsAnErrorForThatKindOnly() throws Exception {
        try (ApiServer cluster = ApiServer.start().repeatContinue("apps", "deployments")) {
            Path kubeconfig = cluster.writeKubeconfig(tmp, "hostile");
            JsonNode report = scan(Map.of("KUBECONFIG", kubeconfig.toString()), Duration.ofSeconds(30));
            JsonNode source = source(report, "kubernetes");
            assertThat(source.path("status").asText()).isEqualTo("ERROR");
            assertThat(source.path("message").asText()).contains("the server repeated a continue token");
        }
    }

    @Test
    void aClusterPagingForeverStopsAtThePageCap() throws Exception {
        try (ApiServer cluster = ApiServer.start().endless("apps", "deployments")) {
            Path kubeconfig = cluster.writeKubeconfig(tmp, "hostile");
            JsonNode report = scan(Map.of("KUBECONFIG", kubeconfig.toString()), Duration.ofSeconds(30), "--max-pages", "5",
                    "--max-items", "1000000");
            assertThat(source(report, "kubernetes").path("message").asText()).contains("more than 5 pages");
        }
    }

    @Test
    void aHangingApiServerEndsWithinTheTimeBudget() throws Exception {
        try (HostileHttpServer cluster = HostileHttpServer.start(HostileHttpServer.hang())) {
            Path kubeconfig = ApiServer.writeKubeconfig(tmp, "hanging", cluster.url());
            JsonNode report = scan(Map.of("KUBECONFIG", kubeconfig.toString()), Duration.ofSeconds(30), "--source-timeout", "8s");
            JsonNode source = source(report, "kubernetes");
            assertThat(source.path("status").asText()).isEqualTo("UNAVAILABLE");
        }
    }

    @Test
    void anInvalidLimitIsAUsageError() throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        int exit = CliHarness.scan(env, repo.toString(), "--max-pages", "many");
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.exists(tmp.resolve("report.json"))).isFalse();
    }
}
