package dev.maturity.core.history;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One recorded scan of one target: when, how it ended, and (when scored) the level of every
 * axis x track and the outcome of every criterion (empty when read without criteria). {@code rubricVersion}
 * is the version of the rubric the scan was scored under (null when it was not scored).
 */
public record HistoryEntry(String id, String target, String platform, String team, Instant scannedAt, String status,
                           String reason, String rubricDigest, String rubricVersion, List<Level> levels, Map<Key, Map<String, Outcome>> criteria) {

    public HistoryEntry {
        levels = List.copyOf(levels);
        criteria = Map.copyOf(criteria);
    }

    /** An axis for a track. */
    public record Key(Axis axis, Track track) {
        @Override
        public String toString() {
            return axis.id() + "/" + track.id();
        }
    }

    /** The level and ceiling of one axis x track; both null when the track does not apply. */
    public record Level(Key key, boolean applicable, Integer level, Integer ceiling) {
    }

    public boolean scored() {
        return "SCORED".equals(status);
    }

    public Optional<Level> level(Key key) {
        for (Level l : levels) { // a loop, not a stream: the fleet page asks this half a million times
            if (l.key().equals(key)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public Map<String, Outcome> criteria(Key key) {
        return criteria.getOrDefault(key, Map.of());
    }
}
