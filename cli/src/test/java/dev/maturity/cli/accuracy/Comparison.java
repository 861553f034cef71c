package dev.maturity.cli.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.cli.accuracy.Judgement.Applicability;
import dev.maturity.cli.accuracy.Judgement.Cell;
import dev.maturity.cli.accuracy.Judgement.TrackJudgement;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares one repository's judgement with the scanner's schema-1 JSON report: per track, whether
 * both agree it applies; per applicable axis, whether the scanned level lies in the judged range.
 * Every disagreement carries the criteria that decided it, so a reader can tell a scanner bug
 * from a judgement to revisit.
 */
final class Comparison {

    private Comparison() {}

    static List<CellResult> compare(Judgement judgement, JsonNode report) {
        List<CellResult> results = new ArrayList<>();
        for (Track track : Track.values()) {
            TrackJudgement judged = judgement.tracks().get(track);
            JsonNode summary = report.path("summary").path(track.id());
            boolean scannedApplicable = summary.path("applicable").asBoolean(false);
            boolean judgedApplicable = judged.applicability() == Applicability.APPLICABLE;
            boolean judgedNot = judged.applicability() == Applicability.NOT_APPLICABLE;
            if ((judgedApplicable && !scannedApplicable) || (judgedNot && scannedApplicable)) {
                results.add(new CellResult(judgement.repo(), track, null, null, null, Verdict.APPLICABILITY,
                        detection(summary, scannedApplicable)));
                continue;
            }
            if (!scannedApplicable || judgedNot) {
                continue; // both say not applicable, or the reviewer allowed either and the scanner said no
            }
            for (Axis axis : Axis.values()) {
                results.add(cell(judgement.repo(), track, axis, judged.cells().get(axis), axisNode(report, axis, track)));
            }
        }
        return results;
    }

    private static CellResult cell(String repo, Track track, Axis axis, Cell judged, JsonNode axisNode) {
        int scanned = axisNode.path("level").asInt(1);
        if (judged.accepts(scanned)) {
            return new CellResult(repo, track, axis, judged, scanned, Verdict.WITHIN, List.of());
        }
        List<String> because = new ArrayList<>();
        boolean under = scanned < judged.lo();
        for (JsonNode criterion : axisNode.path("criteria")) {
            int level = criterion.path("level").asInt();
            String outcome = criterion.path("outcome").asText();
            boolean holdsDown = under && level <= judged.lo() && !outcome.equals("MET") && !outcome.equals("NOT_APPLICABLE");
            boolean liftsUp = !under && level > judged.hi() && level <= scanned && outcome.equals("MET");
            if (holdsDown || liftsUp) {
                because.add(describe(criterion));
            }
        }
        return new CellResult(repo, track, axis, judged, scanned, under ? Verdict.UNDER : Verdict.OVER, because);
    }

    private static String describe(JsonNode criterion) {
        StringBuilder line = new StringBuilder()
                .append('L').append(criterion.path("level").asInt()).append(' ')
                .append(criterion.path("outcome").asText()).append(' ')
                .append(criterion.path("id").asText()).append(": ")
                .append(criterion.path("summary").asText());
        JsonNode evidence = criterion.path("evidence");
        for (int i = 0; i < Math.min(2, evidence.size()); i++) {
            line.append(" [").append(evidence.get(i).path("locator").asText()).append(']');
        }
        return line.toString();
    }

    private static List<String> detection(JsonNode summary, boolean scannedApplicable) {
        List<String> because = new ArrayList<>();
        because.add((scannedApplicable ? "scanner detected: " : "scanner found none: ") + summary.path("detection").asText());
        JsonNode evidence = summary.path("detectionEvidence");
        for (int i = 0; i < Math.min(3, evidence.size()); i++) {
            because.add(evidence.get(i).path("locator").asText() + "  " + evidence.get(i).path("detail").asText());
        }
        return because;
    }

    private static JsonNode axisNode(JsonNode report, Axis axis, Track track) {
        for (JsonNode node : report.path("axes")) {
            if (node.path("axis").asText().equals(axis.id()) && node.path("track").asText().equals(track.id())) {
                return node;
            }
        }
        throw new IllegalArgumentException("report has no axis " + axis.id() + "/" + track.id());
    }
}
