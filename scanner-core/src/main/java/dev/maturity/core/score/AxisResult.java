package dev.maturity.core.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import java.util.List;

/**
 * The level of one axis for one track: {@code level} counts only MET criteria, {@code ceiling}
 * counts UNKNOWN as MET (what could be proven with the missing sources). Null when not applicable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AxisResult(Axis axis, Track track, boolean applicable, Integer level, Integer ceiling,
                         Integer levelWithWaivers, List<CriterionResult> criteria, List<String> next) {

    public AxisResult {
        criteria = List.copyOf(criteria);
        next = List.copyOf(next);
    }
}
