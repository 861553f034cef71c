package dev.maturity.core.gate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;

/**
 * One axis x track whose level changed: raw levels and levels with waivers, before and after;
 * null where the track was not applicable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelChange(Axis axis, Track track, Integer before, Integer after, Integer beforeWithWaivers,
                          Integer afterWithWaivers) {

    /** The level the gate compares: the level with waivers when present, else the raw level. */
    @JsonIgnore
    public Integer effectiveBefore() {
        return beforeWithWaivers != null ? beforeWithWaivers : before;
    }

    @JsonIgnore
    public Integer effectiveAfter() {
        return afterWithWaivers != null ? afterWithWaivers : after;
    }

    /** Both applicable and the effective level went down. */
    @JsonIgnore
    public boolean dropped() {
        return effectiveBefore() != null && effectiveAfter() != null && effectiveAfter() < effectiveBefore();
    }

    @Override
    public String toString() {
        return axis.id() + "/" + track.id() + ": " + show(before, beforeWithWaivers) + " -> " + show(after, afterWithWaivers);
    }

    private static String show(Integer raw, Integer waived) {
        if (raw == null) {
            return "n/a";
        }
        return waived != null && !waived.equals(raw) ? raw + " (" + waived + " with waivers)" : String.valueOf(raw);
    }
}
