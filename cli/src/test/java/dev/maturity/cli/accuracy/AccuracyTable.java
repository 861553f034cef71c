package dev.maturity.cli.accuracy;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the comparison as Markdown: totals against the bar (share within range, levels over a
 * range, applicability disagreements), a per-axis breakdown with the share of cells at level 1,
 * one row per repository and track, then every disagreement with the criteria behind it.
 */
final class AccuracyTable {

    private AccuracyTable() {}

    /** One repository's outcome: its results, or the reason it could not be scanned. */
    record RepoOutcome(Judgement judgement, List<CellResult> results, String failure, double seconds) {}

    static String render(List<RepoOutcome> outcomes) {
        StringBuilder md = new StringBuilder();
        List<CellResult> all = outcomes.stream().flatMap(o -> o.results().stream()).toList();
        List<CellResult> scored = all.stream().filter(r -> r.axis() != null).toList();
        long within = count(scored, Verdict.WITHIN);
        long under = count(scored, Verdict.UNDER);
        long over = count(scored, Verdict.OVER);
        long scanned = outcomes.stream().filter(o -> o.failure() == null).count();
        long tracks = scanned * Track.values().length;
        long applicability = count(all, Verdict.APPLICABILITY);
        double seconds = outcomes.stream().mapToDouble(RepoOutcome::seconds).sum();
        md.append("## Totals\n\n")
          .append("| repositories scanned | scored cells | within range | under | over | applicability disagreements | scan time |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- |\n")
          .append(String.format(Locale.ROOT, "| %d of %d | %d | %d (%s) | %d (%s) | %d (%s) | %d of %d tracks (%s) | %.1f s |%n%n",
                  scanned, outcomes.size(), scored.size(), within, pct(within, scored.size()), under,
                  pct(under, scored.size()), over, pct(over, scored.size()), applicability, tracks,
                  pct(applicability, tracks), seconds));
        perAxis(md, scored);
        perRepository(md, outcomes);
        disagreements(md, all);
        failures(md, outcomes);
        return md.toString();
    }

    private static void perAxis(StringBuilder md, List<CellResult> scored) {
        md.append("## Per axis\n\n| axis | scored | within | under | over | scanner at 1 | judged at 1 |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Axis axis : Axis.values()) {
            List<CellResult> cells = scored.stream().filter(r -> r.axis() == axis).toList();
            long scannerAtOne = cells.stream().filter(r -> r.scanned() == 1).count();
            long judgedAtOne = cells.stream().filter(r -> r.judged().level() == 1).count();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s |%n", axis.id(), cells.size(),
                    count(cells, Verdict.WITHIN), count(cells, Verdict.UNDER), count(cells, Verdict.OVER),
                    pct(scannerAtOne, cells.size()), pct(judgedAtOne, cells.size())));
        }
        md.append('\n');
    }

    private static void perRepository(StringBuilder md, List<RepoOutcome> outcomes) {
        md.append("## Per repository\n\nCells read `scanned (judged range)`: `=` within, `<` under, `>` over.\n\n")
          .append("| repository | category | track | R | E | D | O | G |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (RepoOutcome outcome : outcomes) {
            Judgement j = outcome.judgement();
            if (outcome.failure() != null) {
                md.append("| ").append(j.repo()).append(" | ").append(j.category()).append(" | scan failed | | | | | |\n");
                continue;
            }
            for (Track track : Track.values()) {
                Map<Axis, CellResult> cells = new EnumMap<>(Axis.class);
                String note = null;
                for (CellResult r : outcome.results()) {
                    if (r.track() != track) {
                        continue;
                    }
                    if (r.axis() == null) {
                        note = j.tracks().get(track).applicability() == Judgement.Applicability.NOT_APPLICABLE
                                ? "judged N/A, scanner: applicable" : "judged applicable, scanner: not applicable";
                    } else {
                        cells.put(r.axis(), r);
                    }
                }
                md.append("| ").append(j.repo()).append(" | ").append(j.category()).append(" | ").append(track.id());
                if (note != null) {
                    md.append(" | **").append(note).append("** | | | | |\n");
                } else if (cells.isEmpty()) {
                    md.append(" | n/a | | | | |\n");
                } else {
                    for (Axis axis : Axis.values()) {
                        md.append(" | ").append(cell(cells.get(axis)));
                    }
                    md.append(" |\n");
                }
            }
        }
        md.append('\n');
    }

    private static String cell(CellResult r) {
        String sign = switch (r.verdict()) {
            case WITHIN -> "=";
            case UNDER -> "<";
            case OVER -> ">";
            case APPLICABILITY -> "?";
        };
        String text = r.scanned() + " " + sign + " " + r.judged().range();
        return r.agrees() ? text : "**" + text + "**";
    }

    private static void disagreements(StringBuilder md, List<CellResult> all) {
        md.append("## Disagreements\n\n");
        for (CellResult r : all) {
            if (r.agrees()) {
                continue;
            }
            md.append("- **").append(r.repo()).append("** ").append(r.track().id());
            if (r.axis() == null) {
                md.append(": applicability\n");
            } else {
                md.append('/').append(r.axis().id()).append(": scanned ").append(r.scanned())
                  .append(", judged ").append(r.judged().range()).append(" — ").append(r.judged().why()).append('\n');
            }
            r.because().forEach(line -> md.append("  - ").append(line).append('\n'));
        }
        md.append('\n');
    }

    private static void failures(StringBuilder md, List<RepoOutcome> outcomes) {
        outcomes.stream().filter(o -> o.failure() != null).forEach(o ->
                md.append("- scan of ").append(o.judgement().repo()).append(" failed: ").append(o.failure()).append('\n'));
    }

    private static long count(List<CellResult> results, Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
