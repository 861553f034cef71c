package dev.maturity.probes.git.eval;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.wiring.Citations;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.wiring.RunIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    private static final Pattern EVAL_TOOL = Pattern.compile(
            "promptfoo(@\\S+)?\\s+eval|deepeval\\s+test\\s+run|inspect\\s+eval|\\blm_eval\\b|\\boaieval\\b");

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
        List<String> notRun = new ArrayList<>();
        List<String> caseless = new ArrayList<>();
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
                caseless.add(s.path());
            } else if (!jobs.isEmpty()) {
                partial.add(s.evidence());
                jobs.forEach(j -> partial.add(j.evidence()));
                why.add(s.path() + " runs only on " + Trigger.describe(jobs.stream().flatMap(j -> j.triggers().stream())
                        .collect(Collectors.toSet())) + " (" + jobs.stream().map(CiJob::label).collect(Collectors.joining(", ")) + ")");
            } else {
                partial.add(s.evidence());
                notRun.add(s.path());
            }
        }
        if (!met.isEmpty()) {
            return Finding.met(METADATA.id(), Citations.join(what), Citations.first(met));
        }
        for (CiJob j : index.jobs()) {
            boolean runsTool = j.commands().stream().anyMatch(c -> EVAL_TOOL.matcher(c).find());
            if (runsTool && suites.stream().noneMatch(s -> s.files().stream().anyMatch(j::runsFile))) {
                partial.add(j.evidence());
                why.add(j.label() + " runs an eval tool on no suite file of the repository");
            }
        }
        if (!caseless.isEmpty()) {
            why.add(0, caseless.size() == 1 ? caseless.get(0) + " has no cases"
                    : caseless.size() + " suites have no cases (" + Citations.join(caseless) + ")");
        }
        if (!notRun.isEmpty()) {
            why.add(0, notRun.size() == 1 ? notRun.get(0) + " is not run by any CI job"
                    : notRun.size() + " suites are not run by any CI job (" + Citations.join(notRun) + ")");
        }
        String summary = why.isEmpty() ? "no " + context.track().id() + " eval suite found to run in CI" : Citations.join(why);
        // Without a suite with cases the repository itself shows the criterion unmet; with one, an unread CI may run it.
        return suites.stream().anyMatch(EvalSuite::hasCases)
                ? GitProbes.notFoundInCi(facts, METADATA.id(), summary, Citations.first(partial))
                : GitProbes.notFound(facts, METADATA.id(), summary, Citations.first(partial));
    }

    /**
     * CI jobs that run the suite's file or its data, directly or through a pipeline whose definition
     * they run (an orchestrator pipeline or DVC stage that runs the suite).
     */
    static List<CiJob> jobsRunning(RunIndex index, EvalSuite suite) {
        java.util.Set<String> files = new java.util.LinkedHashSet<>(suite.files());
        for (String f : suite.files()) {
            index.stagesRunning(suite.repo(), f).forEach(st -> files.add(st.file()));
        }
        return index.jobs().stream().filter(j -> j.repo().equals(suite.repo())
                && files.stream().anyMatch(j::runsFile)).toList();
    }
}
