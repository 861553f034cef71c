package dev.maturity.cli.accuracy;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import java.util.List;

/**
 * One compared cell of a repository: the judged range, the scanned level (null when the scanner
 * found the track not applicable) and, for a disagreement, the criteria and evidence behind it.
 * A track-level applicability disagreement is one result with a null axis.
 */
record CellResult(String repo, Track track, Axis axis, Judgement.Cell judged, Integer scanned,
                  Verdict verdict, List<String> because) {

    boolean agrees() {
        return verdict == Verdict.WITHIN;
    }
}
