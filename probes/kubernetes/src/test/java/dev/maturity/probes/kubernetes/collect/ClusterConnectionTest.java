package dev.maturity.probes.kubernetes.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    static final String KUBECONFIG = """
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
            - name: prod
              context: {cluster: lab, user: me}
            current-context: lab
            """;

    @Test
    void a_current_context_the_kubeconfig_does_not_define_is_an_error_not_the_default_server() throws Exception {
        Path file = Files.writeString(dir.resolve("config"), KUBECONFIG.replace("current-context: lab", "current-context: staging"));
        assertThatThrownBy(() -> ClusterConnection.resolve(request(Map.of("KUBECONFIG", file.toString()), Map.of()), dir))
                .isInstanceOf(ClusterConnection.ConnectionException.class)
                .hasMessage("kubeconfig " + file + " names current-context staging, which it does not define (contexts: lab, prod)");
    }

    @Test
    void a_kube_context_flag_the_kubeconfig_does_not_define_is_an_error() throws Exception {
        Path file = Files.writeString(dir.resolve("config"), KUBECONFIG);
        assertThatThrownBy(() -> ClusterConnection.resolve(request(Map.of("KUBECONFIG", file.toString()),
                Map.of("kubernetes.context", "staging")), dir))
                .hasMessage("kubeconfig " + file + " has no context staging (contexts: lab, prod)");
        assertThat(ClusterConnection.resolve(request(Map.of("KUBECONFIG", file.toString()),
                Map.of("kubernetes.context", "prod")), dir).orElseThrow().cluster()).isEqualTo("lab");
    }

    @Test
    void a_kubeconfig_that_is_not_yaml_is_named_with_the_line_and_never_quoted() throws Exception {
        Path file = Files.writeString(dir.resolve("config"), "apiVersion: v1\nusers:\n- name: me\n  user: {token: \"lab-secret\"\n");
        assertThatThrownBy(() -> ClusterConnection.resolve(request(Map.of("KUBECONFIG", file.toString()), Map.of()), dir))
                .hasMessage("cannot use kubeconfig " + file + ": not valid YAML at line 5");
    }

    @Test
    void the_kubeconfig_in_home_is_found_when_kubeconfig_is_unset() throws Exception {
        Files.createDirectories(dir.resolve(".kube"));
        Files.writeString(dir.resolve(".kube/config"), KUBECONFIG);
        var c = ClusterConnection.resolve(request(Map.of("HOME", dir.toString()), Map.of()), dir.resolve("none")).orElseThrow();
        assertThat(c.cluster()).isEqualTo("lab");
        assertThat(c.server()).isEqualTo("https://lab.example.com:6443/");
        assertThat(c.toString()).doesNotContain("lab-secret");
    }
}
