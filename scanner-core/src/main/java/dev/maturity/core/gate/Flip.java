package dev.maturity.core.gate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;

/** A criterion whose outcome changed between two reports (compared by criterion id and track). */
public record Flip(String criterion, Axis axis, Track track, int level, Outcome before, Outcome after) {

    /** Passed before (MET, WAIVED or not applicable) and does not now. */
    @JsonIgnore
    public boolean regressed() {
        return before.passes() && !after.passes();
    }

    @Override
    public String toString() {
        return criterion + " (" + axis.id() + "/" + track.id() + " L" + level + "): " + before + " -> " + after;
    }
}
