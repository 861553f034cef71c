package dev.maturity.probes.mlflow.client;

import dev.maturity.core.spi.SourceLimits;
import dev.maturity.core.spi.SourceStatus;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Read-only HTTP to one tracking server: GET, and POST only to {@code …/search} endpoints.
 * Every request has connect/read timeouts and the remaining time budget as its call timeout;
 * 429 (honouring {@code Retry-After}), 5xx, resets and timeouts are retried a bounded number of
 * times with exponential backoff and full jitter. Thread-safe.
 */
public final class MlflowHttp implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");

    private final TrackingServer server;
    private final ReadSettings settings;
    private final OkHttpClient client;
    private final Budget budget;
    private final SourceLimits limits;
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger items = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final Semaphore inFlight;
    private final ExecutorService workers;

    public MlflowHttp(TrackingServer server, ReadSettings settings) {
        this(server, settings, SourceLimits.DEFAULTS);
    }

    /** Reads within the settings and the scan's source limits, whichever is tighter. */
    public MlflowHttp(TrackingServer server, ReadSettings settings, SourceLimits limits) {
        this.server = server;
        this.limits = limits;
        this.settings = settings.budget().compareTo(limits.time()) > 0 ? settings.withBudget(limits.time()) : settings;
        this.budget = new Budget(this.settings.budget());
        this.inFlight = new Semaphore(settings.concurrency());
        this.workers = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "mlflow-decode");
            t.setDaemon(true);
            return t;
        });
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false);
        if (server.insecureTls()) {
            InsecureTls.apply(b);
        }
        this.client = b.build();
    }

    public TrackingServer server() {
        return server;
    }

    public ReadSettings settings() {
        return settings;
    }

    /** Decodes pages while the next ones are fetched; tasks on it never wait for other tasks. */
    public Executor workers() {
        return workers;
    }

    public SourceLimits limits() {
        return limits;
    }

    /** Counts one more page of a listing; past the source's page cap the listing stops with the reason. */
    void page(String what) throws MlflowReadException {
        if (pages.incrementAndGet() > limits.pages()) {
            throw new MlflowReadException(SourceStatus.ERROR, what + ": more than " + limits.pages() + " pages");
        }
    }

    /** Counts items kept; past the source's item cap the listing stops with the reason. */
    void items(String what, int n) throws MlflowReadException {
        if (items.addAndGet(n) > limits.items()) {
            throw new MlflowReadException(SourceStatus.ERROR, what + ": more than " + limits.items() + " items");
        }
    }

    /** HTTP requests sent so far, retries included. */
    public int requestCount() {
        return requests.get();
    }

    /** GET {@code path} (relative to the server, e.g. {@code /api/2.0/mlflow/runs/get}); 404 is an error. */
    public byte[] get(String path, Map<String, ?> query) throws MlflowReadException {
        byte[] body = getOrNull(path, query);
        if (body == null) {
            throw new MlflowReadException(SourceStatus.ERROR, "GET " + path + ": not found (HTTP 404)");
        }
        return body;
    }

    /** GET, answering null when the server says 404 (no such object, or no such endpoint). */
    public byte[] getOrNull(String path, Map<String, ?> query) throws MlflowReadException {
        HttpUrl.Builder url = url(path);
        query.forEach((k, v) -> {
            if (v instanceof Iterable<?> values) {
                values.forEach(x -> url.addQueryParameter(k, String.valueOf(x)));
            } else if (v != null) {
                url.addQueryParameter(k, String.valueOf(v));
            }
        });
        return execute("GET", path, new Request.Builder().url(url.build()).get());
    }

    /** POST a JSON body to a search endpoint, answering null on 404. */
    public byte[] searchOrNull(String path, String json) throws MlflowReadException {
        if (!path.endsWith("/search")) {
            throw new IllegalArgumentException("only search endpoints may be POSTed to: " + path);
        }
        return execute("POST", path, new Request.Builder().url(url(path).build()).post(RequestBody.create(json, JSON)));
    }

    private HttpUrl.Builder url(String path) {
        HttpUrl base = HttpUrl.get(server.uri());
        HttpUrl.Builder b = base.newBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                b.addPathSegment(segment);
            }
        }
        return b;
    }

    private byte[] execute(String method, String path, Request.Builder request) throws MlflowReadException {
        request.header("Accept", "application/json").header("User-Agent", "maturity-scanner");
        if (server.authorization() != null) {
            request.header("Authorization", server.authorization());
        }
        Request built = request.build();
        String what = method + " " + path;
        for (int attempt = 1; ; attempt++) {
            Duration remaining = budget.remaining();
            if (remaining.isZero()) {
                throw new MlflowReadException(SourceStatus.UNAVAILABLE, what + ": time budget of "
                        + settings.budget().toSeconds() + "s spent");
            }
            Duration wait;
            requests.incrementAndGet();
            var call = client.newCall(built);
            // one deadline for the whole response, body included: a server that trickles bytes ends here
            Duration deadline = remaining.compareTo(limits.response()) < 0 ? remaining : limits.response();
            call.timeout().timeout(deadline.toMillis(), TimeUnit.MILLISECONDS);
            acquire();
            try (Response response = call.execute()) {
                int code = response.code();
                if (code >= 200 && code < 300) {
                    return readBody(what, response.body());
                }
                if (code == 404) {
                    return null;
                }
                if (code == 401 || code == 403) {
                    throw new MlflowReadException(SourceStatus.FORBIDDEN, what + ": "
                            + (code == 401 ? "unauthorized" : "forbidden") + " (HTTP " + code + ")");
                }
                boolean retriable = code == 429 || code >= 500;
                if (!retriable || attempt >= settings.maxAttempts()) {
                    throw new MlflowReadException(code == 429 || code >= 500 ? SourceStatus.UNAVAILABLE : SourceStatus.ERROR,
                            what + ": HTTP " + code + errorCode(response) + (retriable ? " after " + attempt + " attempts" : ""));
                }
                wait = code == 429 ? RetryAfter.parse(response.header("Retry-After")).orElse(backoff(attempt)) : backoff(attempt);
            } catch (IOException e) {
                if (attempt >= settings.maxAttempts() || budget.remaining().isZero()) {
                    throw new MlflowReadException(SourceStatus.UNAVAILABLE, what + ": " + describe(e)
                            + " after " + attempt + " attempt" + (attempt == 1 ? "" : "s"));
                }
                if (e instanceof UnknownHostException) {
                    throw new MlflowReadException(SourceStatus.UNAVAILABLE, what + ": unknown host");
                }
                wait = backoff(attempt);
            } finally {
                inFlight.release();
            }
            if (wait.compareTo(budget.remaining()) >= 0) {
                throw new MlflowReadException(SourceStatus.UNAVAILABLE, what + ": retry in " + wait.toMillis()
                        + " ms would exceed the time budget");
            }
            sleep(wait);
        }
    }

    /** Waits for a request slot: at most {@code concurrency} requests are in flight. */
    private void acquire() throws MlflowReadException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MlflowReadException(SourceStatus.UNAVAILABLE, "interrupted");
        }
    }

    /** The body, read up to the size cap whether or not the server announced its length. */
    private byte[] readBody(String what, ResponseBody body) throws IOException, MlflowReadException {
        long cap = limits.bodyBytes();
        if (body.contentLength() > cap) {
            throw tooLarge(what, cap);
        }
        okio.BufferedSource source = body.source();
        okio.Buffer buffer = new okio.Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > cap) {
                throw tooLarge(what, cap);
            }
        }
        return buffer.readByteArray();
    }

    private static MlflowReadException tooLarge(String what, long cap) {
        return new MlflowReadException(SourceStatus.ERROR, what + ": response body larger than " + cap / (1024 * 1024) + " MiB");
    }

    private static String errorCode(Response response) {
        try {
            String peek = response.peekBody(4096).string();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"error_code\"\\s*:\\s*\"([A-Z_]{1,64})\"").matcher(peek);
            return m.find() ? " " + m.group(1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Exponential backoff with jitter: uniform in [cap/2, cap], cap = min(max, base * 2^(attempt-1)). */
    Duration backoff(int attempt) {
        long cap = Math.min(settings.backoffMax().toMillis(), settings.backoffBase().toMillis() << Math.min(20, attempt - 1));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    }

    private String describe(IOException e) {
        String kind;
        if (e instanceof ConnectException) {
            kind = "connection refused";
        } else if (e instanceof InterruptedIOException) {
            kind = "timed out";
        } else {
            kind = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return scrub(kind);
    }

    /** Removes the credential from a message that may have echoed it. */
    String scrub(String message) {
        String secret = server.secret();
        return secret == null || message == null ? message : message.replace(secret, "***");
    }

    private static void sleep(Duration d) throws MlflowReadException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MlflowReadException(SourceStatus.UNAVAILABLE, "interrupted");
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
