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
        this.base = base(url);
        this.criteria = criteria;
    }

    /** The gateway's base URL; anything but an http(s) URL with a host is a usage error naming the flag. */
    static URI base(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        URI parsed;
        try {
            parsed = new URI(u);
        } catch (java.net.URISyntaxException e) {
            throw new ExitCodes.UsageException("--pushgateway is not a URL: " + e.getMessage());
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || parsed.getHost() == null) {
            throw new ExitCodes.UsageException("--pushgateway must be an http(s) URL with a host, such as"
                    + " http://pushgateway:9091, not '" + url + "'");
        }
        if (parsed.getRawUserInfo() != null || parsed.getRawQuery() != null || parsed.getRawFragment() != null) {
            throw new ExitCodes.UsageException("--pushgateway takes scheme, host, port and path only (no user info, query or"
                    + " fragment): '" + dev.maturity.core.secret.Redactor.redact(url.replaceAll("(?<=://)[^/]*@", "")) + "'");
        }
        return parsed;
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
