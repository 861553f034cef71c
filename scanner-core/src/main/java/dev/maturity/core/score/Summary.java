package dev.maturity.core.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Per-track levels, mismatches, and the seed's highest-leverage upgrade: {@code upgrade} is the
 * sentence, {@code upgradeTarget} the track and axis that hold the platform at its level.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(TrackSummary classical, TrackSummary llm, Integer platformLevel, List<Mismatch> mismatches,
                      String upgrade, UpgradeTarget upgradeTarget) {
    public Summary {
        mismatches = List.copyOf(mismatches);
    }

    public Summary(TrackSummary classical, TrackSummary llm, Integer platformLevel, List<Mismatch> mismatches, String upgrade) {
        this(classical, llm, platformLevel, mismatches, upgrade, null);
    }

    /**
     * What holds the platform back: the lowest applicable track, its level, the axis at that level
     * the upgrade moves, and the criterion to start with (the axis's first next step).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpgradeTarget(String track, String axis, int level, String criterion) {
    }
}
