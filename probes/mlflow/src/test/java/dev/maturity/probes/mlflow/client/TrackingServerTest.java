package dev.maturity.probes.mlflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackingServerTest {

    @Test
    void credentials_in_the_uri_become_basic_auth_and_leave_the_uri() {
        TrackingServer s = TrackingServer.of("https://scanner:s3cret@mlflow.example.com:8443/mlflow/", Map.<String, String>of()::get);
        assertThat(s.uri()).isEqualTo("https://mlflow.example.com:8443/mlflow");
        assertThat(s.authorization()).isEqualTo("Basic c2Nhbm5lcjpzM2NyZXQ=");
        assertThat(s.toString()).doesNotContain("s3cret").doesNotContain("c2Nhbm5lcjpzM2NyZXQ=");
        assertThat(s.insecureTls()).isFalse();
    }

    @Test
    void the_token_wins_over_username_and_password() {
        TrackingServer s = TrackingServer.of("http://mlflow:5000", Map.of("MLFLOW_TRACKING_TOKEN", "tok",
                "MLFLOW_TRACKING_USERNAME", "u", "MLFLOW_TRACKING_PASSWORD", "p", "MLFLOW_TRACKING_INSECURE_TLS", "true")::get);
        assertThat(s.authorization()).isEqualTo("Bearer tok");
        assertThat(s.insecureTls()).isTrue();
        assertThat(s.toString()).isEqualTo("TrackingServer[http://mlflow:5000, auth=Bearer ***, insecure TLS]");
    }

    @Test
    void a_databricks_or_file_uri_is_refused_without_echoing_credentials() {
        assertThatThrownBy(() -> TrackingServer.of("file:///tmp/mlruns", Map.<String, String>of()::get))
                .hasMessage("MLflow tracking URI must be http(s): file:///tmp/mlruns");
        assertThatThrownBy(() -> TrackingServer.of("databricks://u:pw@ws", Map.<String, String>of()::get))
                .hasMessage("MLflow tracking URI must be http(s): databricks://ws");
    }

    @Test
    void retry_after_is_read_as_seconds_or_an_http_date_in_the_past() {
        assertThat(RetryAfter.parse("7")).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon")).isEmpty();
        assertThat(RetryAfter.parse(null)).isEmpty();
    }
}
