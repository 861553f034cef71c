package dev.maturity.probes.mlflow.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.maturity.core.spi.SourceStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows {@code page_token} → {@code next_page_token} to the end of a list, or to a limit. The
 * next page is requested as soon as the current page's token is known (read from the end of the
 * body), while earlier pages are decoded in parallel; no page past the limit is requested.
 */
public final class Pages {

    private static final JsonFactory JSON = new JsonFactory();

    private Pages() {
    }

    /** One decoded page: its items and the token of the next page (blank at the end). */
    public record Page<T>(List<T> items, String nextToken) {
    }

    /** Fetches the raw body of the page after {@code pageToken} (null for the first). */
    @FunctionalInterface
    public interface Source {
        byte[] fetch(String pageToken) throws MlflowReadException;
    }

    /** Decodes a page body. */
    @FunctionalInterface
    public interface Decoder<T> {
        Page<T> decode(byte[] body) throws MlflowReadException;
    }

    /** Every item of an unbounded list, in server order. */
    public static <T> List<T> all(String what, Source source, Decoder<T> decoder, MlflowHttp http)
            throws MlflowReadException {
        return all(what, source, decoder, Integer.MAX_VALUE, Integer.MAX_VALUE, http);
    }

    /**
     * The first {@code limit} items of a list, in server order. Pages are fetched one after the
     * other on this thread (each needs the token of the one before) and decoded on {@code workers}
     * meanwhile. {@code perPage} is the {@code max_results} asked for: near the limit, decoding is
     * awaited so that no page past the limit is requested. Every page counts against the source's
     * page cap and every item against its item cap ({@link dev.maturity.core.spi.SourceLimits}).
     */
    public static <T> List<T> all(String what, Source source, Decoder<T> decoder, int limit, int perPage, MlflowHttp http)
            throws MlflowReadException {
        Executor workers = http.workers();
        List<T> out = new ArrayList<>();
        List<CompletableFuture<Page<T>>> pending = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String token = null;
        do {
            http.page(what);
            byte[] body = source.fetch(token);
            token = nextToken(what, body);
            pending.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return decoder.decode(body);
                } catch (MlflowReadException e) {
                    throw new CompletionException(e);
                }
            }, workers));
            if (token != null && !seen.add(token)) {
                throw new MlflowReadException(SourceStatus.ERROR, what + ": the server repeated a page token");
            }
            if (limit != Integer.MAX_VALUE && (long) out.size() + (long) pending.size() * perPage >= limit
                    || pending.size() >= DRAIN_EVERY) {
                drain(what, pending, out, http);
            }
        } while (token != null && out.size() < limit);
        drain(what, pending, out, http);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** Pages decoded at most this far behind the fetching, so that the item cap is checked as the list grows. */
    private static final int DRAIN_EVERY = 8;

    private static <T> void drain(String what, List<CompletableFuture<Page<T>>> pending, List<T> out, MlflowHttp http)
            throws MlflowReadException {
        for (CompletableFuture<Page<T>> f : pending) {
            List<T> items = join(f).items();
            http.items(what, items.size());
            out.addAll(items);
        }
        pending.clear();
    }

    private static <V> V join(CompletableFuture<V> f) throws MlflowReadException {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof MlflowReadException m) {
                throw m;
            }
            throw e;
        }
    }

    /** Where MLflow puts the token: the last field of the top-level object. */
    private static final Pattern TRAILING_TOKEN = Pattern.compile("\"next_page_token\"\\s*:\\s*\"([^\"\\\\]*)\"\\s*}\\s*$");

    /**
     * The page's next token: found at the end of the body when the server puts it last (MLflow
     * writes fields in proto order), else by a streaming pass over the top-level fields.
     */
    static String nextToken(String what, byte[] body) throws MlflowReadException {
        if (body == null) {
            throw new MlflowReadException(SourceStatus.ERROR, what + ": not found (HTTP 404)");
        }
        int from = Math.max(0, body.length - 4096);
        String tail = new String(body, from, body.length - from, StandardCharsets.ISO_8859_1);
        Matcher m = TRAILING_TOKEN.matcher(tail);
        if (m.find() && m.start() > 0 && tail.charAt(m.start() - 1) != '\\') {
            return m.group(1).isBlank() ? null : m.group(1);
        }
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(what);
            }
            String token = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("next_page_token") && value == JsonToken.VALUE_STRING) {
                    token = p.getText().isBlank() ? null : p.getText();
                } else {
                    p.skipChildren();
                }
            }
            return token;
        } catch (IOException e) {
            throw malformed(what);
        }
    }

    private static MlflowReadException malformed(String what) {
        return new MlflowReadException(SourceStatus.ERROR, what + ": malformed response (not the MLflow JSON shape)");
    }
}
