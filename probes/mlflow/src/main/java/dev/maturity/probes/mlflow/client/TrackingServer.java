package dev.maturity.probes.mlflow.client;

import dev.maturity.core.secret.Redactor;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the tracking server is and how to authenticate to it. The display URI never carries
 * credentials; {@link #toString()} never prints the token or password.
 *
 * @param uri         the server's base URI without user-info or trailing slash
 * @param authorization the {@code Authorization} header value, or null
 * @param insecureTls whether TLS certificates are not verified (only when asked for explicitly)
 */
public record TrackingServer(String uri, String authorization, boolean insecureTls) {

    public TrackingServer {
        Objects.requireNonNull(uri, "uri");
    }

    /**
     * The server from a tracking URI and the standard MLflow variables: {@code MLFLOW_TRACKING_TOKEN}
     * (bearer), else {@code MLFLOW_TRACKING_USERNAME}/{@code MLFLOW_TRACKING_PASSWORD} (basic), else
     * user-info in the URI (basic); {@code MLFLOW_TRACKING_INSECURE_TLS=true} turns off verification.
     */
    public static TrackingServer of(String trackingUri, java.util.function.Function<String, String> env) {
        URI parsed;
        try {
            parsed = new URI(trackingUri.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("MLflow tracking URI is not a URI: " + redact(trackingUri));
        }
        String scheme = parsed.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("MLflow tracking URI must be http(s): " + redact(trackingUri));
        }
        String userInfo = parsed.getRawUserInfo();
        String base;
        try {
            base = new URI(scheme.toLowerCase(java.util.Locale.ROOT), null, parsed.getHost(), parsed.getPort(),
                    parsed.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("MLflow tracking URI is not a URI: " + redact(trackingUri));
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String token = blankToNull(env.apply("MLFLOW_TRACKING_TOKEN"));
        String user = blankToNull(env.apply("MLFLOW_TRACKING_USERNAME"));
        String password = blankToNull(env.apply("MLFLOW_TRACKING_PASSWORD"));
        String auth = null;
        Redactor.secret(token);
        Redactor.pair(user, password);
        if (token != null) {
            auth = "Bearer " + token;
        } else if (user != null) {
            auth = basic(user, password == null ? "" : password);
        } else if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            auth = colon < 0 ? basic(decode(userInfo), "")
                    : basic(decode(userInfo.substring(0, colon)), decode(userInfo.substring(colon + 1)));
            if (colon >= 0) {
                Redactor.pair(decode(userInfo.substring(0, colon)), decode(userInfo.substring(colon + 1)));
                Redactor.secret(userInfo.substring(colon + 1));
            }
        }
        boolean insecure = "true".equalsIgnoreCase(blankToNull(env.apply("MLFLOW_TRACKING_INSECURE_TLS")));
        return new TrackingServer(base, auth, insecure);
    }

    /** The URI with any user-info removed, for messages about a URI that could not be parsed. */
    public static String redact(String uri) {
        return Redactor.url(uri);
    }

    /** The secret parts of the authorization header, to scrub from any message. */
    String secret() {
        if (authorization == null) {
            return null;
        }
        int space = authorization.indexOf(' ');
        return space < 0 ? authorization : authorization.substring(space + 1);
    }

    @Override
    public String toString() {
        return "TrackingServer[" + uri + (authorization == null ? "" : ", auth=" + authorization.substring(0,
                Math.max(0, authorization.indexOf(' '))) + " ***") + (insecureTls ? ", insecure TLS" : "") + "]";
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
