package dev.maturity.core.waiver;

import dev.maturity.core.model.Track;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a waiver file: the criterion it covers, optionally narrowed to a track and to scans
 * of one repository, who accepts the gap, why, and the last day it holds.
 *
 * @param track      null for both tracks
 * @param repository null for any repository; otherwise the repository name as in evidence locators
 * @param location   {@code file:line} of the entry, for messages
 */
public record Waiver(String criterion, Track track, String repository, String reason, String owner, LocalDate expires,
                     String location) {

    public Waiver {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expires, "expires");
    }

    /** A waiver holds through its expiry date (inclusive). */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }
}
