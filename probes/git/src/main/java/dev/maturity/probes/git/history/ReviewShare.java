package dev.maturity.probes.git.history;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import java.util.List;
import java.util.Locale;

/** The share of changes that arrived reviewed, judged against a threshold: MET cites reviewed commits, NOT_MET the direct pushes. */
final class ReviewShare {

    private ReviewShare() {
    }

    static Finding judge(Facts facts, String probeId, List<MlChange> changes, double threshold, String what, int days,
                         java.util.function.Function<MlChange, Evidence> evidence) {
        if (changes.isEmpty()) {
            return HistoryView.notMet(facts, probeId, "no commit changed " + what + " in the last "
                    + HistoryView.days(days) + ": no reviewed change to show", List.of());
        }
        List<MlChange> direct = changes.stream().filter(c -> !c.arrival().reviewed()).toList();
        int reviewed = changes.size() - direct.size();
        double share = reviewed / (double) changes.size();
        String summary = String.format(Locale.ROOT, "%d of %d commit(s) changing %s in the last %s arrived reviewed (%.0f%%, need %.0f%%)",
                reviewed, changes.size(), what, HistoryView.days(days), share * 100, threshold * 100);
        if (share + 1e-9 >= threshold) {
            List<Evidence> ev = changes.stream().filter(c -> c.arrival().reviewed()).map(evidence).toList();
            String tail = direct.isEmpty() ? "" : "; pushed directly: " + ids(direct);
            return Finding.met(probeId, summary + tail, HistoryView.cap(ev));
        }
        return HistoryView.notMet(facts, probeId, summary + "; pushed directly: " + ids(direct),
                direct.stream().map(evidence).toList());
    }

    private static String ids(List<MlChange> cs) {
        List<String> ids = cs.stream().map(MlChange::shortId).toList();
        return ids.size() <= 10 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more";
    }
}
