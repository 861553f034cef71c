package dev.maturity.core.rubric;

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
 * @param origin file and line the criterion was read from, for error messages
 */
public record Criterion(String id, Axis axis, Set<Track> tracks, int level, String question, String remediation,
                        List<String> references, ProbeExpr probes, Strength minStrength,
                        String origin) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(axis, "axis");
        tracks = Set.copyOf(tracks);
        references = List.copyOf(references);
        Objects.requireNonNull(probes, "probes");
        Objects.requireNonNull(minStrength, "minStrength");
    }

    public boolean appliesTo(Track track) {
        return tracks.contains(track);
    }
}
