package dev.maturity.probes.git.eval;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.wiring.Citations;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.wiring.RunIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Red-teaming (promptfoo redteam, garak, PyRIT) runs from a scheduled workflow, not only before launch. */
public final class RedteamScheduledProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.redteam-scheduled",
            "Does red-teaming (promptfoo redteam, garak, PyRIT) run from a scheduled workflow?",
            "Run promptfoo redteam, garak or PyRIT from a workflow with on.schedule (or a GitLab schedule rule).",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MEASURE-2.7", "ISO-42001:A.6.2.4");

    /** Red-team runs on the command line (installing a tool is not running it; PyRIT is a library, seen through code signals). */
    private static final Pattern TOOL = Pattern.compile(
            "promptfoo(@\\S+)?\\s+redteam\\s+(run|eval)|python[0-9.]*\\s+-m\\s+garak\\b|(^|[\\s;&|])garak\\s+--", Pattern.CASE_INSENSITIVE);

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        RunIndex index = new RunIndex(facts);
        List<EvalSuite> redteamSuites = facts.of(EvalSuite.class).stream().filter(EvalSuite::redteam).toList();
        List<CodeSignal> signals = facts.of(CodeSignal.class).stream().filter(s -> s.signal() == Signal.RED_TEAM).toList();
        List<Evidence> met = new ArrayList<>();
        List<Evidence> partial = new ArrayList<>();
        for (CiJob job : index.jobs()) {
            List<Evidence> why = new ArrayList<>();
            if (job.commands().stream().anyMatch(c -> TOOL.matcher(c).find())) {
                why.add(job.evidence());
            }
            redteamSuites.stream().filter(s -> s.repo().equals(job.repo()) && job.runsFile(s.path())).forEach(s -> why.add(s.evidence()));
            signals.stream().filter(s -> s.repo().equals(job.repo()) && job.runsFile(s.path())).forEach(s -> why.add(s.evidence()));
            if (why.isEmpty()) {
                continue;
            }
            why.add(job.evidence());
            (job.runsOnSchedule() ? met : partial).addAll(why);
        }
        if (!met.isEmpty()) {
            return Finding.met(METADATA.id(), "red-teaming runs on a schedule", Citations.first(met));
        }
        if (!partial.isEmpty()) {
            return GitProbes.notFoundInCi(facts, METADATA.id(), "red-teaming runs in CI but not on a schedule", Citations.first(partial));
        }
        List<Evidence> declared = new ArrayList<>();
        redteamSuites.forEach(s -> declared.add(s.evidence()));
        signals.forEach(s -> declared.add(s.evidence()));
        return GitProbes.notFoundInCi(facts, METADATA.id(), declared.isEmpty() ? "no red-teaming found"
                : "red-teaming is declared but no CI job runs it", Citations.first(declared));
    }
}
