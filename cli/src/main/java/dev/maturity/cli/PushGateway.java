package dev.maturity.cli;

import dev.maturity.core.render.prometheus.PrometheusRenderer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Pushes each target's series to a Prometheus Pushgateway with PUT, grouped under
 * {@code /metrics/job/maturity/target/<target>} so a target's push replaces only its own series.
 */
final class PushGateway {

    private final URI base;
    private final boolean criteria;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    PushGateway(String url, boolean criteria) {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        if (!u.startsWith("http://") && !u.startsWith("https://")) {
            throw new ExitCodes.UsageException("--pushgateway must be an http(s) URL, not '" + url + "'");
        }
        this.base = URI.create(u);
        this.criteria = criteria;
    }

    /** Pushes every target; returns the targets whose push failed, each with the reason. */
    List<String> push(List<PrometheusRenderer.Scanned> scans) throws InterruptedException {
        List<String> failures = new java.util.ArrayList<>();
        for (PrometheusRenderer.Scanned s : scans) {
            StringBuilder body = new StringBuilder();
            try {
                PrometheusRenderer.write(List.of(s), criteria, body);
                URI uri = URI.create(base + "/metrics/job/maturity/target/"
                        + URLEncoder.encode(s.target(), StandardCharsets.UTF_8).replace("+", "%20"));
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                        .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    failures.add(s.target() + ": pushgateway answered " + response.statusCode());
                }
            } catch (IOException e) {
                failures.add(s.target() + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        return failures;
    }
}
