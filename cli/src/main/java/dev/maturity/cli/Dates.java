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

    /** An ISO date (end of that day, UTC) or instant; now when null. */
    static Instant parseAsOf(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.trim()).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
            } catch (DateTimeParseException e2) {
                throw new ExitCodes.UsageException("--as-of must be an ISO date (2026-11-30) or instant (2026-11-30T12:00:00Z), not '" + text + "'");
            }
        }
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
