package dev.maturity.probes.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Outcome;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.kubernetes.ApiServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an answer makes the Kubernetes source, with real Status bodies: only 401 and 403 are
 * FORBIDDEN; a gateway that cannot serve (502/503/504) is UNAVAILABLE; a 500 and a redirect are
 * ERROR, each naming the status. A redirect is never followed, so the bearer token never reaches
 * the host it points to. A server error on one group's discovery is not "not installed".
 */
class StatusMappingTest {

    @TempDir
    Path dir;

    @Test
    void a_discovery_answered_503_is_unavailable_not_forbidden() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").answerStatus("/api", 503)) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.UNAVAILABLE);
                assertThat(s.message()).isEqualTo("discovery GET /api server error: HTTP 503 ServiceUnavailable:"
                        + " the server is currently unable to handle the request");
            });
            assertThat(scan.probe("kubernetes.canary-or-shadow").outcome()).isEqualTo(Outcome.UNKNOWN);
        }
    }

    @Test
    void a_discovery_answered_500_is_an_error_naming_the_status() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").answerStatus("/api", 500)) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.ERROR);
                assertThat(s.message()).isEqualTo("discovery GET /api server error: HTTP 500 InternalError:"
                        + " Internal error occurred: etcdserver: request timed out");
            });
            assertThat(scan.probe("kubernetes.gpu-queueing").outcome()).isEqualTo(Outcome.UNKNOWN);
        }
    }

    @Test
    void a_redirect_is_not_followed_and_the_token_stays_with_the_server_the_kubeconfig_names() throws Exception {
        List<String> elsewhere = new CopyOnWriteArrayList<>();
        try (ServerSocket other = recorder(elsewhere);
             ApiServer server = ApiServer.start().load("level4.yaml")) {
            String target = "http://127.0.0.1:" + other.getLocalPort() + "/api";
            server.redirect("/api", target + "?session=abc");
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");

            assertThat(scan.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.ERROR);
                assertThat(s.message()).isEqualTo("discovery GET /api redirected: HTTP 302 to " + target + ", not followed");
            });
            assertThat(elsewhere).isEmpty();
            assertThat(server.requests()).containsExactly("GET /api");
        }
    }

    @Test
    void a_server_error_on_a_group_s_discovery_is_not_read_as_not_installed() {
        try (ApiServer server = ApiServer.start().load("level4.yaml").answerStatus("/apis/kueue.x-k8s.io/v1beta2", 503)
                .answerStatus("/apis/kueue.x-k8s.io/v1beta1", 503)) {
            ClusterScan scan = ClusterScan.of(server, dir, "prod-ml");
            assertThat(scan.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.ERROR);
                assertThat(s.message()).contains("server error: GET /apis/kueue.x-k8s.io/v1beta");
                assertThat(s.message()).contains("(HTTP 503 ServiceUnavailable: the server is currently unable to handle the request)");
            });
            assertThat(scan.probe("kubernetes.gpu-queueing").outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(scan.probe("kubernetes.auto-rollback").outcome()).isEqualTo(Outcome.MET);
        }
    }

    @Test
    void a_list_answered_401_is_forbidden_and_one_answered_503_unavailable() {
        try (ApiServer rejected = ApiServer.start().load("level4.yaml")
                .answerStatus("/apis/monitoring.coreos.com/v1/prometheusrules", 401);
             ApiServer busy = ApiServer.start().load("level4.yaml")
                .answerStatus("/apis/monitoring.coreos.com/v1/prometheusrules", 503)) {
            ClusterScan unauthorized = ClusterScan.of(rejected, dir.resolve("a"), "prod-ml");
            ClusterScan unavailable = ClusterScan.of(busy, dir.resolve("b"), "prod-ml");

            assertThat(unauthorized.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.FORBIDDEN);
                assertThat(s.message()).startsWith("unauthorized: list monitoring.coreos.com/prometheusrules (all namespaces)"
                        + " — HTTP 401 Unauthorized: Unauthorized");
            });
            assertThat(unavailable.result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.UNAVAILABLE);
                assertThat(s.message()).startsWith("server error: list monitoring.coreos.com/prometheusrules (all namespaces)"
                        + " — HTTP 503 ServiceUnavailable");
            });
            assertThat(unavailable.probe("kubernetes.drift-alert-rules").outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(unavailable.probe("kubernetes.canary-or-shadow").outcome()).isEqualTo(Outcome.MET);
        }
    }

    @Test
    void a_token_configured_for_a_plain_http_server_elsewhere_is_noted_in_the_status() {
        Path kubeconfig = ApiServer.writeKubeconfig(dir, "edge", "http://k8s-api.invalid:6443");
        ClusterScan scan = ClusterScan.of(kubeconfig, java.util.Map.of());
        assertThat(scan.result.sources()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SourceStatus.UNAVAILABLE);
            assertThat(s.message()).startsWith("cannot reach API server http://k8s-api.invalid:6443/: ") // how depends on the resolver
                    .endsWith("; credentials go over plain http to k8s-api.invalid:6443, readable by anyone on the network path:"
                            + " use https")
                    .doesNotContain(ApiServer.TOKEN);
        });
    }

    /** A loopback server that records the head of every request it gets and answers 200 with an empty APIVersions. */
    private static ServerSocket recorder(List<String> heads) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    byte[] buf = new byte[8192];
                    int n = in.read(buf);
                    heads.add(n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                    String body = "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"]}";
                    s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }
}
