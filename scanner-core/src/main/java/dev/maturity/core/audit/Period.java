package dev.maturity.core.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A review period {@code FROM..TO} of ISO dates, both days included (UTC). Anything else is an
 * {@link IllegalArgumentException} saying what a period looks like (a usage error).
 */
public record Period(LocalDate from, LocalDate to) {

    public static Period parse(String text) {
        String t = text == null ? "" : text.trim();
        int dots = t.indexOf("..");
        if (dots <= 0 || dots + 2 >= t.length()) {
            throw new IllegalArgumentException("--period '" + text + "' is not FROM..TO (for example 2026-09-01..2026-11-30)");
        }
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(t.substring(0, dots).trim());
            to = LocalDate.parse(t.substring(dots + 2).trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--period '" + text + "': dates are YYYY-MM-DD (" + e.getParsedString() + ")");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--period '" + text + "' ends before it starts");
        }
        return new Period(from, to);
    }

    public Instant start() {
        return from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The last second of the last day: the scan's reference time. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
    }

    public int days() {
        return (int) Duration.between(start(), end().plusSeconds(1)).toDays();
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start()) && !t.isAfter(end());
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
