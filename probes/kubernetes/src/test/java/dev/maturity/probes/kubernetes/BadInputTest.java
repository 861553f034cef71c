package dev.maturity.probes.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.kubernetes.ApiServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void without_kubeconfig_or_service_account_every_kubernetes_criterion_is_unknown_not_configured() {
        ClusterScan scan = ClusterScan.of(null, Map.of());
        assertThat(scan.result.sources()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(SourceStatus.NOT_CONFIGURED));
        assertThat(scan.result.coverage()).hasSize(24).allSatisfy(a -> {
            assertThat(a.available()).isFalse();
            assertThat(a.reason()).startsWith("Kubernetes not configured: no kubeconfig");
        });
        Finding f = scan.probe("kubernetes.gpu-queueing");
        assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(f.summary()).startsWith("Kubernetes not configured");
    }

    @Test
    void an_unreachable_api_server_makes_the_source_unavailable_and_criteria_unknown() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path kubeconfig = ApiServer.writeKubeconfig(dir, "gone", "http://127.0.0.1:" + port);
        ClusterScan scan = ClusterScan.of(kubeconfig, Map.of());
        assertThat(scan.result.sources()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SourceStatus.UNAVAILABLE);
            assertThat(s.message()).isEqualTo("cannot reach API server http://127.0.0.1:" + port + "/: connection refused");
            assertThat(s.message()).doesNotContain(ApiServer.TOKEN);
        });
        assertThat(scan.probe("kubernetes.canary-or-shadow").outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void a_server_answering_html_is_an_error_source_not_an_empty_cluster() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").answerGarbage()) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.ERROR);
                assertThat(s.message()).isEqualTo("discovery GET /api answered HTTP 200 with a body of 45 bytes that is not"
                        + " JSON, not an APIVersions object: not a Kubernetes API server (a proxy or login page?)");
            });
            assertThat(scan.probe("kubernetes.gpu-queueing").outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(scan.probe("kubernetes.gpu-queueing").summary()).startsWith("discovery GET /api answered HTTP 200");
        }
    }

    @Test
    void a_server_forbidding_even_discovery_is_a_forbidden_source() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").forbidEverything()) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.FORBIDDEN);
                assertThat(s.message()).isEqualTo("discovery GET /api failed: HTTP 403 Forbidden: forbidden: User"
                        + " \"system:serviceaccount:maturity:scanner\" cannot get path \"/api\"");
            });
            assertThat(scan.probe("kubernetes.canary-or-shadow").outcome()).isEqualTo(Outcome.UNKNOWN);
        }
    }

    @Test
    void expired_credentials_are_reported_without_the_credentials() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").rejectCredentials()) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.FORBIDDEN);
                assertThat(s.message()).isEqualTo("credentials rejected (HTTP 401): expired or invalid token or certificate");
            });
            assertThat(scan.probe("kubernetes.auto-rollback").summary())
                    .isEqualTo("credentials rejected (HTTP 401): expired or invalid token or certificate");
        }
    }

    @Test
    void a_server_error_on_one_kind_leaves_the_others_scored() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").fail("monitoring.coreos.com", "prometheusrules")) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.ERROR);
                assertThat(s.message()).startsWith("server error: list monitoring.coreos.com/prometheusrules (all namespaces) — HTTP 500 InternalError");
            });
            Finding drift = scan.probe("kubernetes.drift-alert-rules");
            assertThat(drift.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(drift.summary()).startsWith("server error: list monitoring.coreos.com/prometheusrules");
            assertThat(scan.probe("kubernetes.canary-or-shadow").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.probe("kubernetes.gpu-queueing").outcome()).isEqualTo(Outcome.MET);
        }
    }

    @Test
    void evidence_found_elsewhere_stays_met_when_one_kind_is_forbidden() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").forbid("networking.istio.io", "virtualservices")) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.probe("kubernetes.canary-or-shadow").outcome()).isEqualTo(Outcome.MET);
            Finding shadow = scan.probe("kubernetes.llm-shadow-traffic");
            assertThat(shadow.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(shadow.summary()).startsWith("forbidden: list networking.istio.io/virtualservices (all namespaces)");
        }
    }

    @Test
    void a_crd_served_in_an_unexpected_version_is_reported_and_its_criteria_unknown() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").serveGroupOnlyIn("kueue.x-k8s.io", "v1alpha1")) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.ERROR);
                assertThat(s.message()).contains("kueue.x-k8s.io is served in v1alpha1 only; the scanner reads ClusterQueue in v1beta2, v1beta1");
            });
            assertThat(scan.probe("kubernetes.gpu-queueing").outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(scan.probe("kubernetes.auto-rollback").outcome()).isEqualTo(Outcome.MET);
        }
    }

    @Test
    void objects_missing_required_fields_are_listed_unreadable_and_the_rest_is_scored() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").apply("""
                apiVersion: argoproj.io/v1alpha1
                kind: Rollout
                metadata: {name: half-written, namespace: ml-serving}
                spec:
                  replicas: 1
                """)) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.result.unreadable()).singleElement().satisfies(u -> {
                assertThat(u.location().locator()).isEqualTo("prod-ml/ml-serving/Rollout/half-written@"
                        + server.uid("Rollout", "ml-serving", "half-written"));
                assertThat(u.message()).isEqualTo("Rollout ml-serving/half-written has no spec.strategy; not judged");
            });
            assertThat(scan.result.sources().get(0).message()).isEqualTo("1 object(s) missing required fields, listed as unreadable");
            assertThat(scan.probe("kubernetes.auto-rollback").outcome()).isEqualTo(Outcome.MET);
        }
    }

    @Test
    void discovery_works_when_the_server_does_not_answer_apis_with_a_group_list() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").withoutGroupList()) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.probe("kubernetes.gpu-queueing").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.result.sources().get(0).message()).endsWith("(group list not served; versions probed one by one)");
        }
    }

    @Test
    void namespace_globs_limit_what_is_read() {
        try (ApiServer server = ApiServer.start().load("level4.yaml")) {
            server.apply("""
                    apiVersion: v1
                    kind: Namespace
                    metadata: {name: ml-serving}
                    ---
                    apiVersion: v1
                    kind: Namespace
                    metadata: {name: ml-training}
                    ---
                    apiVersion: v1
                    kind: Namespace
                    metadata: {name: monitoring}
                    """);
            server.clearRequests();
            ClusterScan scan = ClusterScan.of(ApiServer.writeKubeconfig(dir, "prod-ml", server.url()),
                    Map.of("kubernetes.namespaces", "ml-tr*"));
            assertThat(scan.probe("kubernetes.gpu-queueing").outcome()).isEqualTo(Outcome.MET);
            assertThat(scan.probe("kubernetes.canary-or-shadow").outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(server.requests()).contains("GET /apis/batch/v1/namespaces/ml-training/jobs?limit=500")
                    .noneMatch(r -> r.contains("/namespaces/ml-serving/"));
        }
    }

    @Test
    void a_kubeconfig_context_that_does_not_exist_is_a_configuration_error_without_credentials() throws IOException {
        Path kubeconfig = ApiServer.writeKubeconfig(dir, "prod-ml", "http://127.0.0.1:1");
        ClusterScan scan = ClusterScan.of(kubeconfig, Map.of("kubernetes.context", "no-such-context"));
        assertThat(ClusterScan.of(kubeconfig, Map.of("kubernetes.context", "prod-ml-ctx")).result.sources().get(0).status())
                .isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(scan.result.sources()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SourceStatus.ERROR);
            assertThat(s.message()).isEqualTo("kubeconfig " + kubeconfig + " has no context no-such-context (contexts: prod-ml-ctx)");
        });
        assertThat(Files.readString(kubeconfig)).contains(ApiServer.TOKEN);
    }
}
