package dev.maturity.core.spi;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one read of a networked source (MLflow, a Kubernetes cluster) may cost, whatever the server
 * answers: wall time for the whole source, time for one response (a slow drip ends there), pages
 * followed, items kept, and bytes of one response body. Past a bound the source (or the part
 * being read) reports why — {@code ERROR: more than N pages}, {@code UNAVAILABLE: time budget of
 * 45s spent} — and the scan goes on with what the other sources read.
 *
 * <p>Set by scan options ({@code --source-timeout}, {@code --max-pages}, {@code --max-items},
 * {@code --max-body-mb}; {@code defaults.limits} in maturity.yaml), else by the environment
 * ({@code MATURITY_SOURCE_TIMEOUT}, {@code MATURITY_MAX_PAGES}, {@code MATURITY_MAX_ITEMS},
 * {@code MATURITY_MAX_BODY_MB}), else the defaults below.
 */
public record SourceLimits(Duration time, Duration response, int pages, int items, long bodyBytes) {

    public static final String TIME = "limits.source-timeout";
    public static final String PAGES = "limits.max-pages";
    public static final String ITEMS = "limits.max-items";
    public static final String BODY_MB = "limits.max-body-mb";

    /**
     * 45 s per source, 20 s per response, 1000 pages, 20,000 items, 32 MiB per response body: a scan
     * with one stalled source still ends within a minute, in a heap of 512 MiB.
     */
    public static final SourceLimits DEFAULTS = new SourceLimits(Duration.ofSeconds(45), Duration.ofSeconds(20), 1_000, 20_000,
            32L * 1024 * 1024);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})(ms|s|m|h)?");

    public SourceLimits {
        if (time.isNegative() || time.isZero() || response.isNegative() || response.isZero() || pages < 1 || items < 1
                || bodyBytes < 1) {
            throw new IllegalArgumentException("source limits must be positive");
        }
    }

    /** The limits a scan request asks for: its options, else the environment, else the defaults. */
    public static SourceLimits from(ScanRequest request) {
        Duration time = duration(TIME, value(request, TIME, "MATURITY_SOURCE_TIMEOUT"), DEFAULTS.time);
        int pages = (int) number(PAGES, value(request, PAGES, "MATURITY_MAX_PAGES"), DEFAULTS.pages, 10_000_000);
        int items = (int) number(ITEMS, value(request, ITEMS, "MATURITY_MAX_ITEMS"), DEFAULTS.items, 100_000_000);
        long mb = number(BODY_MB, value(request, BODY_MB, "MATURITY_MAX_BODY_MB"), DEFAULTS.bodyBytes / (1024 * 1024), 64 * 1024);
        Duration response = DEFAULTS.response.compareTo(time) > 0 ? time : DEFAULTS.response;
        return new SourceLimits(time, response, pages, items, mb * 1024 * 1024);
    }

    /** Checks a value as an option would read it; the message names the option. */
    public static void validate(String key, String value) {
        if (TIME.equals(key)) {
            duration(key, value, DEFAULTS.time);
        } else {
            number(key, value, 1, Long.MAX_VALUE);
        }
    }

    private static String value(ScanRequest request, String option, String variable) {
        String v = request.option(option);
        return v != null && !v.isBlank() ? v : request.env(variable);
    }

    private static Duration duration(String key, String v, Duration dflt) {
        if (v == null || v.isBlank()) {
            return dflt;
        }
        Matcher m = DURATION.matcher(v.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new ScanInputException(name(key) + " must be a positive duration such as 60s, 2m or 1h, not '" + shorten(v) + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private static long number(String key, String v, long dflt, long max) {
        if (v == null || v.isBlank()) {
            return dflt;
        }
        String s = v.strip().replace("_", "");
        if (!s.matches("\\d{1,10}") || Long.parseLong(s) < 1 || Long.parseLong(s) > max) {
            throw new ScanInputException(name(key) + " must be a whole number from 1 to " + max + ", not '" + shorten(v) + "'");
        }
        return Long.parseLong(s);
    }

    private static String name(String key) {
        return "--" + key.substring("limits.".length());
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** A countdown from now to this source's time budget. */
    public Deadline deadline() {
        return new Deadline(time);
    }

    /** The time left of one source's budget; only runs down. */
    public static final class Deadline {
        private final Duration total;
        private final long end;

        Deadline(Duration total) {
            this.total = total;
            this.end = System.nanoTime() + total.toNanos();
        }

        public Duration remaining() {
            long left = end - System.nanoTime();
            return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
        }

        public boolean spent() {
            return remaining().isZero();
        }

        /** The reason a source stops when its budget is spent. */
        public String spentReason() {
            return "time budget of " + total.toSeconds() + "s spent";
        }
    }
}
