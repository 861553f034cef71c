package dev.maturity.probes.git.detect;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Track;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.gateway.GatewayConfig;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.NeverPrompt;
import dev.maturity.probes.git.paths.PathKind;
import dev.maturity.probes.git.pipeline.PipelineDefinition;
import dev.maturity.probes.git.prompts.PromptFile;
import dev.maturity.probes.git.prompts.TestFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence of one track's workload, sorted by how much it says: the repository's code (scripts,
 * services, pipeline definitions, prompt files, gateway and model server configs, tracker calls in
 * training code), notebooks, and what never makes a track (test code, and for the classical track
 * tracker calls outside training code).
 */
final class WorkloadEvidence {

    final List<Evidence> code = new ArrayList<>();
    final Set<String> notebooks = new LinkedHashSet<>();
    final List<Evidence> notebookEvidence = new ArrayList<>();
    final List<Evidence> supporting = new ArrayList<>();
    final Set<String> tests = new LinkedHashSet<>();

    static WorkloadEvidence of(Facts facts, Track track, MlPaths paths) {
        WorkloadEvidence w = new WorkloadEvidence();
        Signal main = track == Track.LLM ? Signal.LLM_SDK : Signal.CLASSICAL_TRAINING;
        for (CodeSignal s : facts.of(CodeSignal.class)) {
            // a tracker call in training code (train*.py, training/, pipelines/) is training; elsewhere it only supports
            boolean supports = track == Track.CLASSICAL && s.signal() == Signal.TRACKER && !paths.is(s.path(), PathKind.TRAINING);
            boolean trains = track == Track.CLASSICAL && s.signal() == Signal.TRACKER && !supports;
            if (s.signal() != main && !supports && !trains) {
                continue;
            }
            if (track == Track.LLM && NeverPrompt.codingAssistant(s.path())) {
                continue; // a coding assistant's hooks and instructions serve the developers, not a workload
            }
            if (TestFiles.isTest(s.path())) {
                w.tests.add(s.path());
            } else if (supports) {
                w.supporting.add(s.evidence());
            } else if (s.path().endsWith(".ipynb")) {
                w.notebooks.add(s.path());
                w.notebookEvidence.add(s.evidence());
            } else {
                w.code.add(s.evidence());
            }
        }
        facts.of(ModelServerConfig.class).stream().filter(c -> c.llm() == (track == Track.LLM))
                .forEach(c -> w.code.add(c.evidence()));
        if (track == Track.LLM) {
            facts.of(PromptFile.class).forEach(p -> w.code.add(p.evidence()));
            facts.of(GatewayConfig.class).forEach(g -> w.code.add(g.evidence()));
        } else {
            facts.of(PipelineDefinition.class).forEach(p -> w.code.add(p.evidence()));
        }
        return w;
    }

    /**
     * Whether notebooks alone make the track: the other track has no code of its own (a notebook
     * benchmarking an LLM in a classical project is exploration), and at least {@code share} of the
     * notebooks showing either workload show this one (one fit in a tutorial collection is not a workload).
     */
    boolean notebooksCount(WorkloadEvidence other, double share) {
        if (notebooks.isEmpty() || !other.code.isEmpty()) {
            return false;
        }
        return notebooks.size() >= share * workloadNotebooks(other);
    }

    /** How many notebooks show either track's workload. */
    int workloadNotebooks(WorkloadEvidence other) {
        Set<String> any = new LinkedHashSet<>(notebooks);
        any.addAll(other.notebooks);
        return any.size();
    }
}
