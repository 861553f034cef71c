package dev.maturity.probes.kubernetes.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import dev.maturity.core.spi.SourceLimits;
import dev.maturity.core.spi.SourceStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests to the API server through the fabric8 client's HTTP stack (its authentication,
 * TLS, timeouts and retries). Only GET exists here: the scanner never writes to a cluster.
 * Whatever the HTTP client, every answer is bounded here: the whole response (head and body) within
 * one response deadline and the source's time budget, the body within a size cap, read as a stream.
 */
public final class ApiReader {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final ExecutorService BODY_READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kubernetes-body");
        t.setDaemon(true);
        return t;
    });

    private final KubernetesClient client;
    private final String base;
    private final SourceLimits limits;
    private final SourceLimits.Deadline deadline;
    private int pages;
    private int items;

    public ApiReader(KubernetesClient client) {
        this(client, SourceLimits.DEFAULTS);
    }

    public ApiReader(KubernetesClient client, SourceLimits limits) {
        this.client = client;
        this.limits = limits;
        this.deadline = limits.deadline();
        String url = client.getConfiguration().getMasterUrl();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    SourceLimits limits() {
        return limits;
    }

    /** Counts one more list page of this source; false past the page cap. */
    boolean page() {
        return ++pages <= limits.pages();
    }

    /** Counts one more listed object of this source; false past the item cap. */
    boolean item() {
        return ++items <= limits.items();
    }

    /** GET a path ({@code /apis/group/version?limit=500}); an answer of any status is returned, transport failures throw. */
    public Answer get(String pathAndQuery) {
        Duration left = deadline.remaining();
        if (left.isZero()) {
            throw new BudgetSpent(deadline.spentReason());
        }
        long wait = Math.min(left.toMillis(), Math.min(limits.response().toMillis(), ClusterConnection.REQUEST_TIMEOUT_MS)) + 1;
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait);
        HttpRequest request = client.getHttpClient().newHttpRequestBuilder()
                .uri(base + pathAndQuery).header("Accept", "application/json")
                .timeout(wait, TimeUnit.MILLISECONDS).build();
        CompletableFuture<HttpResponse<InputStream>> sent = client.getHttpClient().sendAsync(request, InputStream.class);
        Future<byte[]> body = null;
        try {
            HttpResponse<InputStream> r = sent.get(wait, TimeUnit.MILLISECONDS);
            InputStream in = r.body() == null ? InputStream.nullInputStream() : r.body();
            body = BODY_READERS.submit(() -> bounded(in, limits.bodyBytes()));
            try {
                return new Answer(r.code(), body.get(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS),
                        r.header("Location"));
            } finally {
                in.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            if (c instanceof TooLarge t) {
                throw t;
            }
            throw new Unreachable(transportFailure(c));
        } catch (TimeoutException e) {
            sent.cancel(true);
            if (body != null) {
                body.cancel(true);
            }
            throw deadline.spent() ? new BudgetSpent(deadline.spentReason())
                    : new Unreachable("no whole answer within " + wait / 1000 + "s");
        } catch (IOException e) {
            throw new Unreachable(e.getClass().getSimpleName());
        }
    }

    /** What went wrong on the way, in the words an operator looks for: connection refused, unknown host, TLS. */
    static String transportFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.net.ConnectException) {
                return "connection refused";
            }
            if (c instanceof java.net.UnknownHostException || c instanceof java.nio.channels.UnresolvedAddressException) {
                return "unknown host";
            }
            if (c instanceof javax.net.ssl.SSLException) {
                return "TLS failed: " + (c.getMessage() == null ? c.getClass().getSimpleName() : firstLine(c.getMessage()));
            }
            if (c instanceof java.net.http.HttpTimeoutException) {
                return "timed out";
            }
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + firstLine(t.getMessage()));
    }

    /** The stream's bytes, refused past the cap whether or not the server announced a length. */
    private static byte[] bounded(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            out.write(buf, 0, n);
            if (out.size() > cap) {
                throw new TooLarge("response body larger than " + cap / (1024 * 1024) + " MiB");
            }
        }
        return out.toByteArray();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A status code and body, and where a redirect pointed (never followed). */
    public record Answer(int code, byte[] body, String location) {

        public Answer(int code, byte[] body) {
            this(code, body, null);
        }

        public boolean ok() {
            return code >= 200 && code < 300;
        }

        /**
         * What a failed answer makes the source: only 401 and 403 are FORBIDDEN (the identity may not
         * read); 502, 503 and 504 UNAVAILABLE (the server or a gateway in front of it cannot serve
         * now); a redirect (not followed: credentials stay with the server the kubeconfig names), a
         * 500 and anything else an ERROR.
         */
        public static SourceStatus statusOf(int code) {
            return switch (code) {
                case 401, 403 -> SourceStatus.FORBIDDEN;
                case 502, 503, 504 -> SourceStatus.UNAVAILABLE;
                default -> SourceStatus.ERROR;
            };
        }

        /** The failure's kind in words, to start a message: {@code forbidden}, {@code server error}, {@code redirected}... */
        public static String kindOf(int code) {
            if (code == 401) {
                return "unauthorized";
            }
            if (code == 403) {
                return "forbidden";
            }
            if (code >= 500) {
                return "server error";
            }
            return code >= 300 && code < 400 ? "redirected" : "failed";
        }

        /** The body as JSON; a missing node when it is not JSON. */
        public JsonNode json() {
            try {
                JsonNode n = JSON.readTree(body);
                return n == null ? JSON.missingNode() : n;
            } catch (IOException e) {
                return JSON.missingNode();
            }
        }

        /** What the body is, for a message about an unexpected answer: never its content, which may echo anything. */
        public String describeBody() {
            if (body.length == 0) {
                return "an empty body";
            }
            JsonNode j = json();
            return j.isMissingNode() ? "a body of " + body.length + " bytes that is not JSON"
                    : "a JSON " + j.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }

        /** The {@code message} of a Kubernetes Status body, or the HTTP code alone; for a redirect, where it pointed. */
        public String statusMessage() {
            if (code >= 300 && code < 400) {
                return "HTTP " + code + (location == null ? "" : " to " + origin(location)) + ", not followed";
            }
            JsonNode j = json();
            String m = j.path("message").asText("");
            return m.isEmpty() ? "HTTP " + code : "HTTP " + code + " " + j.path("reason").asText("") + ": " + m;
        }
    }

    /** Scheme, host, port and path of a redirect target: its query may carry anything. */
    static String origin(String location) {
        try {
            java.net.URI u = java.net.URI.create(location.strip());
            return new java.net.URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return "(an unparsable location)";
        }
    }

    /** The server could not be reached or did not answer in time. */
    public static class Unreachable extends RuntimeException {
        public Unreachable(String message) {
            super(message);
        }
    }

    /** The source's time budget is spent: nothing more is asked of this cluster. */
    public static final class BudgetSpent extends Unreachable {
        public BudgetSpent(String message) {
            super(message);
        }
    }

    /** A response body past the size cap. */
    public static final class TooLarge extends RuntimeException {
        public TooLarge(String message) {
            super(message);
        }
    }
}
