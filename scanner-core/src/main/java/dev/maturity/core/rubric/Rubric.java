package dev.maturity.core.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The effective rubric of a scan: criteria, the probes that detect each track's workloads,
 * parameters handed to probes, and the upgrade advice per tier. {@code digest} identifies the
 * exact content, so two reports can tell whether they were scored alike.
 */
public record Rubric(String id, String version, String digest, Map<String, Object> parameters,
                     Map<Track, List<String>> detection, List<Criterion> criteria, List<Upgrade> leverage) {

    public Rubric {
        parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
        java.util.EnumMap<Track, List<String>> byTrack = new java.util.EnumMap<>(Track.class);
        byTrack.putAll(detection);
        detection = java.util.Collections.unmodifiableMap(byTrack);
        criteria = criteria.stream()
                .sorted(Comparator.comparing(Criterion::axis).thenComparingInt(Criterion::level).thenComparing(Criterion::id))
                .toList();
        leverage = leverage.stream().sorted(Comparator.comparingInt(Upgrade::fromLevel)).toList();
    }

    /** Criteria of one axis that apply to a track, by level then id. */
    public List<Criterion> criteria(Axis axis, Track track) {
        return criteria.stream().filter(c -> c.axis() == axis && c.appliesTo(track)).toList();
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Upgrade> upgradeFrom(int level) {
        return leverage.stream().filter(u -> u.fromLevel() == level).findFirst();
    }

    /** Every probe id the rubric refers to. */
    @JsonIgnore
    public List<String> probeIds() {
        return Stream.concat(criteria.stream().flatMap(c -> c.probes().probeIds()),
                detection.values().stream().flatMap(List::stream)).distinct().sorted().toList();
    }
}
