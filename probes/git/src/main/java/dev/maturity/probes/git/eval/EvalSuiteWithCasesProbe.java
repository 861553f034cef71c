package dev.maturity.probes.git.eval;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import java.util.List;
import java.util.stream.Collectors;

/** An eval suite of the track has real cases: an empty or case-less config is not evidence. */
public final class EvalSuiteWithCasesProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.eval-suite-with-cases",
            "Does the repository hold an eval suite with real cases (promptfoo, DeepEval, Inspect, OpenAI Evals, Ragas, model tests)?",
            "Write an eval suite with real cases and assertions (promptfoo tests[] with assert, DeepEval LLMTestCase + assert_test, "
                    + "Inspect @task with a dataset) and commit it with its data.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MEASURE-2.3", "ISO-42001:A.6.2.4");

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
        List<EvalSuite> suites = facts.of(EvalSuite.class).stream().filter(s -> s.track() == context.track()).toList();
        List<EvalSuite> withCases = suites.stream().filter(EvalSuite::hasCases).toList();
        if (!withCases.isEmpty()) {
            return Finding.met(METADATA.id(), withCases.size() + " " + context.track().id() + " eval suite(s) with cases: "
                    + labels(withCases), withCases.stream().map(EvalSuite::evidence).toList());
        }
        if (!suites.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(), suites.size() + " eval config(s) without cases, which prove nothing: "
                    + suites.stream().map(EvalSuite::path).collect(Collectors.joining(", ")),
                    suites.stream().map(EvalSuite::evidence).toList());
        }
        return GitProbes.notFound(facts, METADATA.id(), "no " + context.track().id() + " eval suite found", List.of());
    }

    static String labels(List<EvalSuite> suites) {
        return suites.stream().map(EvalSuite::label).limit(3).collect(Collectors.joining("; "))
                + (suites.size() > 3 ? "; ..." : "");
    }
}
