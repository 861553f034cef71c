package dev.maturity.core.rubric;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One checkable statement of the rubric: on an axis, for one or both tracks, at a level (2..5),
 * proven by probes whose evidence reaches at least {@code minStrength}.
 *
 * @param group    the any-of group the criterion belongs to (alternatives of one level), or null when
 *                 the level requires the criterion itself
 * @param groupMin how many members of the group must be MET for the group to pass (1 when ungrouped)
 * @param origin   file and line the criterion was read from, for error messages
 */
public record Criterion(String id, Axis axis, Set<Track> tracks, int level, String question, String remediation,
                        List<String> references, ProbeExpr probes, Strength minStrength,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String group, int groupMin, String origin) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(axis, "axis");
        tracks = Set.copyOf(tracks);
        references = List.copyOf(references);
        Objects.requireNonNull(probes, "probes");
        Objects.requireNonNull(minStrength, "minStrength");
    }

    /** An ungrouped criterion: its level requires it. */
    public Criterion(String id, Axis axis, Set<Track> tracks, int level, String question, String remediation,
                     List<String> references, ProbeExpr probes, Strength minStrength, String origin) {
        this(id, axis, tracks, level, question, remediation, references, probes, minStrength, null, 1, origin);
    }

    public boolean appliesTo(Track track) {
        return tracks.contains(track);
    }
}
