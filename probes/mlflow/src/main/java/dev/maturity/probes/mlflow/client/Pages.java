package dev.maturity.probes.mlflow.client;

import dev.maturity.core.spi.SourceStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Follows {@code page_token} → {@code next_page_token} to the end of a list, or to a limit. */
public final class Pages {

    private Pages() {
    }

    /** One page: its items and the token of the next page (blank at the end). */
    public record Page<T>(List<T> items, String nextToken) {
    }

    /** Fetches one page given the token of the previous page's answer (null for the first). */
    @FunctionalInterface
    public interface Fetcher<T> {
        Page<T> fetch(String pageToken) throws MlflowReadException;
    }

    /** Every item of the list, in server order, stopping early once {@code limit} items are read. */
    public static <T> List<T> all(String what, Fetcher<T> fetcher, int limit) throws MlflowReadException {
        List<T> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String token = null;
        do {
            Page<T> page = fetcher.fetch(token);
            out.addAll(page.items());
            token = page.nextToken() == null || page.nextToken().isBlank() ? null : page.nextToken();
            if (token != null && !seen.add(token)) {
                throw new MlflowReadException(SourceStatus.ERROR, what + ": the server repeated a page token");
            }
        } while (token != null && out.size() < limit);
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
