package dev.maturity.probes.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.kubernetes.ApiServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnlyTest {

    @TempDir
    Path dir;

    @Test
    void the_api_server_sees_only_get_requests_during_a_scan() {
        try (ApiServer server = ApiServer.start().load("level4.yaml")) {
            server.clearRequests();
            ClusterScan.of(server, dir, "prod-ml");
            assertThat(server.requests()).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("GET "));
            assertThat(server.requests()).noneMatch(r -> r.contains("watch="));
        }
    }

    @Test
    void lists_are_paged_with_limit_and_continue_until_the_server_stops_answering_a_token() {
        try (ApiServer server = ApiServer.start()) {
            for (int i = 0; i < 1203; i++) {
                server.create(ApiServer.object("""
                        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"trainer-%d","namespace":"research"},
                         "spec":{"containers":[{"name":"t","image":"nvcr.io/nvidia/pytorch:24.08-py3",
                                 "resources":{"limits":{"nvidia.com/gpu":"1"}}}]}}""".formatted(i)));
            }
            server.clearRequests();
            ClusterScan scan = ClusterScan.of(server, dir, "lab");
            assertThat(server.requests().stream().filter(r -> r.startsWith("GET /api/v1/pods"))).containsExactly(
                    "GET /api/v1/pods?limit=500", "GET /api/v1/pods?limit=500&continue=1%3A500",
                    "GET /api/v1/pods?limit=500&continue=1%3A1000");
            assertThat(scan.result.facts().stream().filter(f -> f instanceof dev.maturity.core.facts.ResourceObject r
                    && r.kind().equals("Pod"))).hasSize(1203);
        }
    }
}
