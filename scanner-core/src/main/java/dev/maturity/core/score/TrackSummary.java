package dev.maturity.core.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maturity.core.model.Evidence;
import java.util.List;
import java.util.Map;

/**
 * One track across the axes: applicable or not (with the detection evidence), the minimum level
 * over axes, and the full vector beside it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackSummary(boolean applicable, Integer level, Integer ceiling, Integer levelWithWaivers,
                           Map<String, Integer> axes, String detection, List<Evidence> detectionEvidence) {
    public TrackSummary {
        // insertion (axis) order is kept so that the JSON is the same byte for byte on every run
        axes = axes == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(axes));
        detectionEvidence = List.copyOf(detectionEvidence);
    }
}
