package dev.maturity.cli;

import dev.maturity.core.spi.SourceLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** How much one networked source (MLflow, a cluster) may cost: time, pages, items, body size. */
public final class LimitOptions {

    @Option(names = "--source-timeout", paramLabel = "DURATION",
            description = "Time budget of each source (MLflow, Kubernetes): 45s, 2m... (default: $MATURITY_SOURCE_TIMEOUT or 45s).")
    String sourceTimeout;

    @Option(names = "--max-pages", paramLabel = "N",
            description = "Pages one source may page through (default: $MATURITY_MAX_PAGES or 1000).")
    String maxPages;

    @Option(names = "--max-items", paramLabel = "N",
            description = "Objects one source may return (default: $MATURITY_MAX_ITEMS or 20000).")
    String maxItems;

    @Option(names = "--max-body-mb", paramLabel = "MB",
            description = "Size of one response body in MiB (default: $MATURITY_MAX_BODY_MB or 32).")
    String maxBodyMb;

    /** The limits given on the command line, as scan options; each is checked here (exit 2 when invalid). */
    Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        put(o, SourceLimits.TIME, sourceTimeout);
        put(o, SourceLimits.PAGES, maxPages);
        put(o, SourceLimits.ITEMS, maxItems);
        put(o, SourceLimits.BODY_MB, maxBodyMb);
        return o;
    }

    private static void put(Map<String, String> o, String key, String value) {
        if (value != null) {
            SourceLimits.validate(key, value);
            o.put(key, value);
        }
    }
}
