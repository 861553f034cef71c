package dev.maturity.core.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Per-track levels, mismatches, and the seed's highest-leverage upgrade for the platform's tier. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(TrackSummary classical, TrackSummary llm, Integer platformLevel, List<Mismatch> mismatches,
                      String upgrade) {
    public Summary {
        mismatches = List.copyOf(mismatches);
    }
}
