package dev.maturity.probes.git.pipeline;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.wiring.Citations;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.wiring.RunIndex;
import dev.maturity.probes.git.wiring.TestFiles;
import java.util.ArrayList;
import java.util.List;

/** CI runs the repository's tests (pipeline, training and application code) on every change. */
public final class PipelineTestsInCiProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.pipeline-tests-in-ci",
            "Does CI run the repository's tests on every pull request or push?",
            "Add a workflow on pull_request/push (or merge-request pipelines) that runs the test suite covering pipeline, training and application code.",
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
        List<Evidence> met = new ArrayList<>();
        List<String> what = new ArrayList<>();
        List<Evidence> partial = new ArrayList<>();
        for (CiJob job : new RunIndex(facts).jobs()) {
            List<String> tests = job.runs().stream().filter(TestFiles::isTest).toList();
            if (tests.isEmpty()) {
                continue;
            }
            if (job.runsOnChangeOrRelease()) {
                met.add(job.evidence().withDetail(job.evidence().detail() + "; runs " + tests.size() + " test file(s), e.g. " + tests.get(0)));
                what.add(job.label() + " runs " + tests.size() + " test file(s)");
            } else {
                partial.add(job.evidence());
            }
        }
        if (!met.isEmpty()) {
            return Finding.met(METADATA.id(), Citations.join(what), Citations.first(met));
        }
        return GitProbes.notFoundInCi(facts, METADATA.id(), partial.isEmpty() ? "no CI job runs the repository's tests"
                : "tests run in CI only by hand, on a schedule or on branches other than the default, not on every change", Citations.first(partial));
    }
}
