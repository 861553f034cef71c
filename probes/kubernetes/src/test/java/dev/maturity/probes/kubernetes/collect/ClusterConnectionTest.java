package dev.maturity.probes.kubernetes.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.spi.ScanRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterConnectionTest {

    @TempDir
    Path dir;

    static ScanRequest request(Map<String, String> env, Map<String, String> options) {
        return new ScanRequest(List.of(), null, Instant.EPOCH, options, env, null);
    }

    @Test
    void inside_a_pod_the_service_account_is_used() throws Exception {
        Files.writeString(dir.resolve("token"), "eyJhbGciOiJSUzI1NiJ9.sa-token\n");
        Files.writeString(dir.resolve("ca.crt"), "-----BEGIN CERTIFICATE-----\n");
        var c = ClusterConnection.resolve(request(Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1", "KUBERNETES_SERVICE_PORT", "443"),
                Map.of("kubernetes.cluster", "prod-eu")), dir).orElseThrow();
        assertThat(c.cluster()).isEqualTo("prod-eu");
        assertThat(c.server()).isEqualTo("https://10.96.0.1:443");
        assertThat(c.toString()).doesNotContain("sa-token");
    }

    @Test
    void neither_kubeconfig_nor_service_account_means_not_configured() {
        assertThat(ClusterConnection.resolve(request(Map.of("HOME", dir.toString()), Map.of()), dir.resolve("none"))).isEmpty();
        assertThat(ClusterConnection.resolve(request(Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1"), Map.of()), dir.resolve("none"))).isEmpty();
    }

    @Test
    void the_kubeconfig_in_home_is_found_when_kubeconfig_is_unset() throws Exception {
        Files.createDirectories(dir.resolve(".kube"));
        Files.writeString(dir.resolve(".kube/config"), """
                apiVersion: v1
                kind: Config
                clusters:
                - name: lab
                  cluster: {server: "https://lab.example.com:6443"}
                users:
                - name: me
                  user: {token: "lab-secret"}
                contexts:
                - name: lab
                  context: {cluster: lab, user: me}
                current-context: lab
                """);
        var c = ClusterConnection.resolve(request(Map.of("HOME", dir.toString()), Map.of()), dir.resolve("none")).orElseThrow();
        assertThat(c.cluster()).isEqualTo("lab");
        assertThat(c.server()).isEqualTo("https://lab.example.com:6443/");
        assertThat(c.toString()).doesNotContain("lab-secret");
    }
}
