package dev.maturity.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Small parsing helpers for command options. */
final class Dates {

    private Dates() {
    }

    /** The earliest and latest {@code --as-of}: git history starts after the first, and the calendar math holds before the second. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** An ISO date (end of that day, UTC) or instant between 1970 and 9999; now when null. */
    static Instant parseAsOf(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        return parse("--as-of", text, true);
    }

    /** An ISO date (its start, or its end when {@code endOfDay}, UTC) or instant between 1970 and 9999, for the named option. */
    static Instant parse(String option, String text, boolean endOfDay) {
        String t = text.trim();
        Instant at;
        try {
            at = Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                LocalDate day = LocalDate.parse(t);
                at = day.getYear() > 9999 ? LATEST.plusSeconds(1) : endOfDay
                        ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1)
                        : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new ExitCodes.UsageException(option + " must be an ISO date (2026-11-30) or instant (2026-11-30T12:00:00Z), not '"
                        + shorten(t) + "'");
            }
        }
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new ExitCodes.UsageException(option + " " + shorten(t) + " is outside 1970-01-01 .. 9999-12-31");
        }
        return at;
    }

    private static String shorten(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }

    static boolean insideGitRepository(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
