package dev.maturity.probes.git.eval;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.wiring.RunIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An eval suite with cases runs in CI on every change or release (pull request, push, tag,
 * release). A suite run only by hand ({@code workflow_dispatch}) or only on a schedule is not a
 * regression suite.
 */
public final class EvalSuiteInCiProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.eval-suite-in-ci",
            "Does CI run an eval suite with cases on every change or release?",
            "Run the eval suite from a workflow on pull_request (or push, tags, release), not only by hand or workflow_dispatch.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MEASURE-2.5", "ISO-42001:A.6.2.4");

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
        List<EvalSuite> suites = facts.of(EvalSuite.class).stream().filter(s -> s.track() == context.track()).toList();
        List<Evidence> met = new ArrayList<>();
        List<String> what = new ArrayList<>();
        List<Evidence> partial = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (EvalSuite s : suites) {
            List<CiJob> jobs = jobsRunning(index, s);
            List<CiJob> onChange = jobs.stream().filter(CiJob::runsOnChangeOrRelease).toList();
            if (s.hasCases() && !onChange.isEmpty()) {
                met.add(s.evidence().withStrength(Strength.WIRED));
                onChange.forEach(j -> met.add(j.evidence()));
                what.add(s.path() + " run by " + onChange.stream().map(CiJob::label).collect(Collectors.joining(", ")));
            } else if (!s.hasCases()) {
                partial.add(s.evidence());
                jobs.forEach(j -> partial.add(j.evidence()));
                why.add(s.path() + " has no cases");
            } else if (!jobs.isEmpty()) {
                partial.add(s.evidence());
                jobs.forEach(j -> partial.add(j.evidence()));
                why.add(s.path() + " runs only on " + Trigger.describe(jobs.stream().flatMap(j -> j.triggers().stream())
                        .collect(Collectors.toSet())) + " (" + jobs.stream().map(CiJob::label).collect(Collectors.joining(", ")) + ")");
            } else {
                partial.add(s.evidence());
                why.add(s.path() + " is not run by any CI job");
            }
        }
        if (!met.isEmpty()) {
            return Finding.met(METADATA.id(), String.join("; ", what), met);
        }
        String summary = suites.isEmpty() ? "no " + context.track().id() + " eval suite found to run in CI" : String.join("; ", why);
        return GitProbes.notFound(facts, METADATA.id(), summary, partial);
    }

    /** CI jobs that run the suite's file or its data. */
    static List<CiJob> jobsRunning(RunIndex index, EvalSuite suite) {
        return index.jobs().stream().filter(j -> j.repo().equals(suite.repo())
                && suite.files().stream().anyMatch(j::runsFile)).toList();
    }
}
