package dev.maturity.probes.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.mlflow.MlflowPlatform;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import org.junit.jupiter.api.Test;

class TracingEndpointsTest {

    @Test
    void an_mlflow_2_server_is_read_through_the_2_0_traces_endpoint() {
        MlflowPlatform platform = MlflowPlatforms.governed(PlatformLevelsTest.REPO, PlatformLevelsTest.COMMIT)
                .tracing(MlflowPlatform.Tracing.V2);
        try (MlflowServer server = MlflowServer.start(platform)) {
            MlflowScan scan = MlflowScan.of(server.uri());
            Finding f = scan.finding("mlflow.traces-token-usage");
            assertThat(f.outcome()).isEqualTo(Outcome.MET);
            assertThat(f.summary()).isEqualTo("5 of 5 recent trace(s) record token usage or cost");
            assertThat(server.requests()).extracting(r -> r.getMethod().getName() + " " + r.getUrl().replaceAll("\\?.*", ""))
                    .contains("POST /api/3.0/mlflow/traces/search", "GET /api/2.0/mlflow/traces");
        }
    }

    @Test
    void a_server_without_tracing_has_no_traces_which_is_not_met_rather_than_unknown() {
        MlflowPlatform platform = MlflowPlatforms.governed(PlatformLevelsTest.REPO, PlatformLevelsTest.COMMIT)
                .tracing(MlflowPlatform.Tracing.NONE);
        try (MlflowServer server = MlflowServer.start(platform)) {
            MlflowScan scan = MlflowScan.of(server.uri());
            assertThat(scan.result.sources().get(0).status()).isEqualTo(SourceStatus.OK);
            Finding f = scan.finding("mlflow.traces-token-usage");
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(f.summary()).isEqualTo("0 recent trace(s), none with token usage or cost");
            assertThat(f.evidence()).extracting(e -> e.locator()).containsExactly(server.uri());
        }
    }
}
