package dev.maturity.probes.git.tracking;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.wiring.PipelineStage;
import dev.maturity.probes.git.wiring.RunIndex;
import java.util.ArrayList;
import java.util.List;

/** Code signals of one kind, split into those that a CI job or a pipeline runs and those nothing runs. */
record RunningSignals(List<Running> running, List<CodeSignal> declared) {

    /** A signal in a file that runs, and what runs it. */
    record Running(CodeSignal signal, List<CiJob> jobs, List<PipelineStage> stages) {

        String runner() {
            return stages.isEmpty() ? jobs.get(0).label() : stages.get(0).label();
        }

        /** The signal (now wired) and up to two of the jobs and stages that run it. */
        List<Evidence> evidence() {
            List<Evidence> out = new ArrayList<>(List.of(signal.evidence().withStrength(Strength.WIRED)));
            jobs.stream().limit(2).forEach(j -> out.add(j.evidence()));
            stages.stream().limit(2).forEach(s -> out.add(s.evidence()));
            return out;
        }
    }

    /** Signals outside notebooks (a notebook is run by hand, not by a pipeline). */
    static RunningSignals of(Facts facts, RunIndex index, Signal signal) {
        List<Running> running = new ArrayList<>();
        List<CodeSignal> declared = new ArrayList<>();
        for (CodeSignal s : facts.of(CodeSignal.class)) {
            if (s.signal() != signal || s.path().endsWith(".ipynb")) {
                continue;
            }
            List<CiJob> jobs = index.jobsRunning(s.repo(), s.path(), j -> true);
            List<PipelineStage> stages = index.stagesRunning(s.repo(), s.path());
            if (jobs.isEmpty() && stages.isEmpty()) {
                declared.add(s);
            } else {
                running.add(new Running(s, jobs, stages));
            }
        }
        return new RunningSignals(running, declared);
    }

    boolean isEmpty() {
        return running.isEmpty() && declared.isEmpty();
    }
}
