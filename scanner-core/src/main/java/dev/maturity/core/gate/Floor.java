package dev.maturity.core.gate;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import java.util.Objects;

/**
 * A minimum level for an axis, for one track or both: {@code --min-level evaluation.llm=3}.
 *
 * @param track null for both tracks
 */
public record Floor(Axis axis, Track track, int level) {

    public Floor {
        Objects.requireNonNull(axis, "axis");
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("a floor is a level from 1 to 5, not " + level);
        }
    }

    /** Parses {@code AXIS[.TRACK]=N}; throws {@link IllegalArgumentException} naming the mistake. */
    public static Floor parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("--min-level takes AXIS[.TRACK]=N (e.g. evaluation.llm=3), not '" + text + "'");
        }
        String key = text.substring(0, eq).trim();
        String value = text.substring(eq + 1).trim();
        int dot = key.indexOf('.');
        Axis axis = Axis.parse(dot < 0 ? key : key.substring(0, dot));
        Track track = dot < 0 ? null : Track.parse(key.substring(dot + 1));
        int level;
        try {
            level = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--min-level " + key + " needs a level from 1 to 5, not '" + value + "'");
        }
        return new Floor(axis, track, level);
    }

    public boolean covers(Axis a, Track t) {
        return axis == a && (track == null || track == t);
    }

    @Override
    public String toString() {
        return axis.id() + (track == null ? "" : "." + track.id()) + "=" + level;
    }
}
