package dev.maturity.cli.jar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.cli.platforms.ScanReport;
import dev.maturity.fixtures.kubernetes.ApiServer;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The jar with its MLflow and Kubernetes sources down in every way a deployment meets: a closed
 * port, 403, an HTML page where JSON should be, a kubeconfig that does not parse or names an
 * undefined context, a tracking URI that is not a URL. Each is a source status with the reason; the
 * scan goes on, the git results are those of a scan without the source, the exit code is 0, and
 * neither token is printed, as is or base64-encoded.
 */
class JarSourcesDownIT extends JarPlatform {

    static final String API_HTML = "discovery GET /api answered HTTP 200 with a body of 45 bytes that is not JSON,"
            + " not an APIVersions object: not a Kubernetes API server (a proxy or login page?)";
    static final String API_403 = "discovery GET /api failed: HTTP 403 Forbidden: forbidden: User"
            + " \"system:serviceaccount:maturity:scanner\" cannot get path \"/api\"";
    static final String REGISTRY = "GET /api/2.0/mlflow/registered-models/search: ";
    static final String EXPERIMENTS = "GET /api/2.0/mlflow/experiments/search: ";

    static int closed;
    static MlflowServer mlflow403;
    static MlflowServer mlflowHtml;
    static MlflowServer mlflowUp;
    static ApiServer cluster403;
    static ApiServer clusterHtml;
    static ScanReport withoutSources;

    @BeforeAll
    static void servers() throws IOException {
        closed = closedPort();
        mlflow403 = MlflowServer.start(MlflowPlatforms.level2Classical(REPO_URL, commit));
        mlflow403.wireMock().stubFor(any(urlPathMatching("/api/.*")).atPriority(MlflowServer.FAULT_PRIORITY)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody(
                        "{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"token " + MLFLOW_TOKEN + " lacks READ\"}")));
        mlflowHtml = MlflowServer.start(MlflowPlatforms.level2Classical(REPO_URL, commit));
        mlflowHtml.wireMock().stubFor(any(urlPathMatching("/api/.*")).atPriority(MlflowServer.FAULT_PRIORITY)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Sign in to continue</body></html>")));
        mlflowUp = MlflowServer.start(MlflowPlatforms.level2Classical(REPO_URL, commit));
        cluster403 = ApiServer.startTls().load("level4.yaml").forbidEverything();
        clusterHtml = ApiServer.startTls().load("level4.yaml").answerGarbage();

        JarRun run = JarRun.of(dir.resolve("home-git-only"), Map.of(), "scan", repo.toString(), "--as-of", AS_OF, "--format", "json");
        withoutSources = new ScanReport(run.report(0));
        assertThat(withoutSources.source("git").path("status").asText()).isEqualTo("OK");
        assertThat(withoutSources.source("kubernetes").path("status").asText()).isEqualTo("NOT_CONFIGURED");
        assertThat(withoutSources.source("mlflow").path("status").asText()).isEqualTo("NOT_CONFIGURED");
        // rubric 2026.12.1: the repository alone proves reproducibility 3 (versioned data, and `dvc repro` runs in CI),
        // evaluation and deployment 2
        assertThat(withoutSources.levels()).containsExactlyEntriesOf(JarScanIT.levels(
                "reproducibility/classical=3^3", "evaluation/classical=2^2", "deployment/classical=2^5",
                "observability/classical=2^5", "governance/classical=1^2", "reproducibility/llm=-^-", "evaluation/llm=-^-",
                "deployment/llm=-^-", "observability/llm=-^-", "governance/llm=-^-"));
    }

    @AfterAll
    static void stop() {
        Stream.of(mlflow403, mlflowHtml, mlflowUp).forEach(MlflowServer::close);
        Stream.of(cluster403, clusterHtml).forEach(ApiServer::close);
    }

    /** One way both sources are down: where the kubeconfig and the tracking URI point, and what the report must say. */
    record Outage(String name, String kubeconfig, String trackingUri, String kubernetes, String mlflow) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Outage> outages() throws IOException {
        Path home = Files.createDirectories(dir.resolve("kubeconfigs"));
        Path malformed = Files.writeString(home.resolve("malformed.kubeconfig"), "apiVersion: v1\nusers:\n- name: scanner\n"
                + "  user: {token: " + ApiServer.TOKEN + "\n");
        return Stream.of(
                new Outage("closed port / 403", ApiServer.writeKubeconfig(home.resolve("closed"), "prod-ml",
                        "https://127.0.0.1:" + closed).toString(), mlflow403.uri(),
                        "UNAVAILABLE cannot reach API server https://127.0.0.1:" + closed + "/: connection refused",
                        "FORBIDDEN " + REGISTRY + "forbidden (HTTP 403); " + EXPERIMENTS + "forbidden (HTTP 403)"),
                new Outage("403 / html", cluster403.writeKubeconfig(home.resolve("forbidden"), "prod-ml").toString(),
                        mlflowHtml.uri(), "FORBIDDEN " + API_403, "ERROR " + REGISTRY + "malformed response (not the MLflow"
                        + " JSON shape); " + EXPERIMENTS + "malformed response (not the MLflow JSON shape)"),
                new Outage("html / closed port", clusterHtml.writeKubeconfig(home.resolve("html"), "prod-ml").toString(),
                        "http://127.0.0.1:" + closed, "ERROR " + API_HTML, "UNAVAILABLE " + REGISTRY
                        + "connection refused after 4 attempts; " + EXPERIMENTS + "connection refused after 4 attempts"),
                new Outage("unparseable kubeconfig / not a URL", malformed.toString(), "./mlruns",
                        "ERROR cannot use kubeconfig " + malformed + ": not valid YAML at line 5",
                        "ERROR MLflow tracking URI must be http(s): ./mlruns (from MLFLOW_TRACKING_URI)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outages")
    void a_source_that_is_down_is_reported_with_the_reason_and_costs_only_its_own_criteria(Outage outage) {
        Map<String, String> env = new HashMap<>(Map.of("KUBECONFIG", outage.kubeconfig(), "MLFLOW_TRACKING_URI",
                outage.trackingUri(), "MLFLOW_TRACKING_TOKEN", MLFLOW_TOKEN));
        JarRun run = JarRun.of(dir.resolve("home-" + outage.name().replaceAll("\\W+", "-")), env,
                "scan", repo.toString(), "--as-of", AS_OF, "--format", "json");
        ScanReport report = new ScanReport(run.report(0));

        assertThat(statusAndMessage(report.source("kubernetes"))).isEqualTo(outage.kubernetes());
        assertThat(statusAndMessage(report.source("mlflow"))).isEqualTo(outage.mlflow());
        assertThat(report.source("git").path("status").asText()).isEqualTo("OK");
        JsonNode gpu = report.criterion("deployment", "classical", "deploy.gpu-queueing");
        assertThat(gpu.path("outcome").asText()).isEqualTo("UNKNOWN");
        assertThat(gpu.path("summary").asText()).isEqualTo(report.source("kubernetes").path("message").asText());
        JsonNode registry = report.criterion("reproducibility", "classical", "repro.model-registry");
        // rubric 2026.12: the pipeline registering the model is git evidence; the registry being down costs nothing here
        assertThat(registry.path("outcome").asText()).isEqualTo("MET");
        assertThat(report.locators(registry)).allMatch(l -> l.startsWith("churn-model@"));
        assertThat(report.levels()).isEqualTo(withoutSources.levels());
        assertThat(report.outcomes()).isEqualTo(withoutSources.outcomes());
        assertThat(run.err()).isEmpty();
        Leaks.assertNone(run.out() + run.err(), ApiServer.TOKEN, MLFLOW_TOKEN);
    }

    @Test
    void a_kubeconfig_naming_an_undefined_context_is_an_error_while_mlflow_is_still_read() throws IOException {
        Path home = dir.resolve("home-context");
        Path kubeconfig = cluster403.writeKubeconfig(home, "prod-ml");
        Files.writeString(kubeconfig, Files.readString(kubeconfig).replace("current-context: prod-ml-ctx", "current-context: staging-ctx"));
        JarRun run = JarRun.of(home, Map.of("KUBECONFIG", kubeconfig.toString(), "MLFLOW_TRACKING_URI", mlflowUp.uri(),
                "MLFLOW_TRACKING_TOKEN", MLFLOW_TOKEN), "scan", repo.toString(), "--as-of", AS_OF, "--format", "json");
        ScanReport report = new ScanReport(run.report(0));

        assertThat(statusAndMessage(report.source("kubernetes"))).isEqualTo("ERROR kubeconfig " + kubeconfig
                + " names current-context staging-ctx, which it does not define (contexts: prod-ml-ctx)");
        assertThat(cluster403.requests()).isEmpty(); // nothing was sent anywhere, not to kubernetes.default.svc either
        assertThat(report.source("mlflow").path("status").asText()).isEqualTo("OK");
        JsonNode registry = report.criterion("reproducibility", "classical", "repro.model-registry");
        assertThat(registry.path("outcome").asText()).isEqualTo("MET");
        assertThat(report.locators(registry)).contains(mlflowUp.uri() + "#/models/churn-classifier");
        assertThat(report.criterion("deployment", "classical", "deploy.gpu-queueing").path("outcome").asText()).isEqualTo("UNKNOWN");
        // the registry's aliases are not on validated versions, but automatic rollback (the other way to level 4) is unread
        // while the cluster is unreachable: the ceiling stays 5
        assertThat(report.levels()).containsEntry("reproducibility/classical", "3^3").containsEntry("deployment/classical", "2^5");
        Leaks.assertNone(run.out() + run.err(), ApiServer.TOKEN, MLFLOW_TOKEN);
    }

    private static String statusAndMessage(JsonNode source) {
        return source.path("status").asText() + " " + source.path("message").asText();
    }
}
