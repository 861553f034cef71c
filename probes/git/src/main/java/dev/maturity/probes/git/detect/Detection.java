package dev.maturity.probes.git.detect;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.paths.MlPaths;
import java.util.ArrayList;
import java.util.List;

/** Whether a track applies, from the substantive evidence of its workload, and what was left out and why. */
final class Detection {

    /** Default share of workload notebooks a notebook-only track needs (rubric parameter {@code detection.notebook-share}). */
    static final double NOTEBOOK_SHARE = 0.25;

    private Detection() {
    }

    static Finding decide(Facts facts, ProbeContext context, Track track, String probeId) {
        Track otherTrack = track == Track.LLM ? Track.CLASSICAL : Track.LLM;
        MlPaths paths = MlPaths.from(context.parameters());
        WorkloadEvidence w = WorkloadEvidence.of(facts, track, paths);
        WorkloadEvidence other = WorkloadEvidence.of(facts, otherTrack, paths);
        double share = context.number("detection.notebook-share", NOTEBOOK_SHARE);
        String what = track == Track.LLM ? "LLM SDK use(s), prompt file(s) or gateway config(s)"
                : "training signal(s), pipeline definition(s) or model server config(s)";
        if (!w.code.isEmpty()) {
            List<Evidence> ev = new ArrayList<>(w.code);
            ev.addAll(w.notebookEvidence);
            ev.addAll(w.supporting);
            return Finding.met(probeId, w.code.size() + " " + what + left(w), ev);
        }
        if (w.notebooksCount(other, share)) {
            List<Evidence> ev = new ArrayList<>(w.notebookEvidence);
            ev.addAll(w.supporting);
            return Finding.met(probeId, what.replaceFirst("\\(s\\).*", "(s)") + " in " + w.notebooks.size()
                    + " notebook(s), no other workload in the code" + left(w), ev);
        }
        List<Evidence> partial = new ArrayList<>(w.notebookEvidence);
        partial.addAll(w.supporting);
        return GitProbes.notFound(facts, probeId, none(track, w, other, share), partial);
    }

    private static String left(WorkloadEvidence w) {
        return w.tests.isEmpty() ? "" : "; left out test code: " + names(w.tests);
    }

    private static String none(Track track, WorkloadEvidence w, WorkloadEvidence other, double share) {
        String name = track == Track.LLM ? "LLM calls" : "training";
        List<String> why = new ArrayList<>();
        if (!w.notebooks.isEmpty() && !other.code.isEmpty()) {
            why.add(name + " only in notebook(s) " + names(w.notebooks) + " of a repository whose code is a "
                    + (track == Track.LLM ? "classical" : "LLM") + " workload: exploration, not a workload");
        } else if (!w.notebooks.isEmpty()) {
            why.add(name + " only in " + w.notebooks.size() + " of " + w.workloadNotebooks(other) + " notebook(s) showing a workload (less than "
                    + Math.round(share * 100) + "%): " + names(w.notebooks));
        }
        if (!w.supporting.isEmpty()) {
            why.add(w.supporting.size() + " experiment tracker call(s) outside training code");
        }
        if (!w.tests.isEmpty()) {
            why.add(name + " only in test code: " + names(w.tests));
        }
        String base = track == Track.LLM ? "no LLM SDK use, prompt files or LLM gateway config"
                : "no training code, tracker calls or pipeline definitions";
        return why.isEmpty() ? base : base.replace(", tracker calls", "") + " (" + String.join("; ", why) + ")";
    }

    private static String names(java.util.Collection<String> paths) {
        List<String> l = List.copyOf(paths);
        return l.size() <= 3 ? String.join(", ", l) : String.join(", ", l.subList(0, 3)) + " and " + (l.size() - 3) + " more";
    }
}
