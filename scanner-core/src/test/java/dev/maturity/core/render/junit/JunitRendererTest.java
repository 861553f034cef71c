package dev.maturity.core.render.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.gate.Gate;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.score.Report;
import dev.maturity.core.testing.SampleReport;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitRendererTest {

    private static SampleReport evalAtThree() {
        return SampleReport.platform().level(Axis.EVALUATION, Track.CLASSICAL, 3).level(Axis.EVALUATION, Track.LLM, 3)
                .level(Axis.REPRODUCIBILITY, Track.CLASSICAL, 2).level(Axis.REPRODUCIBILITY, Track.LLM, 2);
    }

    private static Document parse(Report r, RenderOptions options) throws Exception {
        StringBuilder out = new StringBuilder();
        new JunitRenderer().render(r, options, out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element suite(Document d, String name) {
        return elements(d.getDocumentElement(), "testsuite").stream().filter(e -> e.getAttribute("name").equals(name))
                .findFirst().orElseThrow();
    }

    private static Predicate<Element> named(String prefix) {
        return e -> e.getAttribute("name").startsWith(prefix);
    }

    @Test
    void a_suite_per_axis_and_track_and_a_case_per_criterion() throws Exception {
        Report r = evalAtThree().build();
        Document d = parse(r, RenderOptions.DEFAULT);

        assertThat(d.getDocumentElement().getTagName()).isEqualTo("testsuites");
        assertThat(elements(d.getDocumentElement(), "testsuite")).hasSize(10);
        Element llmEval = suite(d, "maturity.evaluation.llm");
        int criteria = r.axis(Axis.EVALUATION, Track.LLM).orElseThrow().criteria().size();
        assertThat(elements(llmEval, "testcase")).hasSize(criteria);
        assertThat(llmEval.getAttribute("tests")).isEqualTo(String.valueOf(criteria));
        assertThat(elements(llmEval, "property")).extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
                .containsExactly("tool.version=" + SampleReport.VERSION, "applicable=true", "level=3", "ceiling=3",
                        "levelWithWaivers=3", "group.evaluated=MET (any 1 of eval.results-recorded)",
                        "group.gated-or-refreshed=NOT_MET (any 1 of eval.gates-block-deploys, eval.production-samples-weekly, "
                                + "eval.shadow-on-live-traffic)");
    }

    @Test
    void not_met_is_a_failure_and_unknown_is_skipped_with_the_reason() throws Exception {
        Document d = parse(evalAtThree().outcome("eval.gates-block-deploys", Track.LLM, Outcome.UNKNOWN).build(),
                RenderOptions.DEFAULT);
        Element llmEval = suite(d, "maturity.evaluation.llm");

        Element redTeam = elements(llmEval, "testcase").stream().filter(named("L5 eval.redteam-scheduled")).findFirst().orElseThrow();
        assertThat(elements(redTeam, "failure")).singleElement().satisfies(f -> {
            assertThat(f.getAttribute("type")).isEqualTo("NOT_MET");
            assertThat(f.getTextContent()).contains("support-bot@" + SampleReport.COMMIT, "next: ");
        });
        Element gates = elements(llmEval, "testcase").stream().filter(named("L4 eval.gates-block-deploys")).findFirst().orElseThrow();
        assertThat(elements(gates, "skipped")).singleElement().satisfies(s ->
                assertThat(s.getAttribute("message")).startsWith("unknown: mlflow was not configured"));
        Element met = elements(llmEval, "testcase").stream().filter(named("L3 eval.regression-suite-in-ci")).findFirst().orElseThrow();
        assertThat(elements(met, "failure")).isEmpty();
        assertThat(elements(met, "skipped")).isEmpty();
        assertThat(llmEval.getAttribute("failures")).isEqualTo(String.valueOf(elements(llmEval, "failure").size()));
    }

    @Test
    void a_gate_violation_is_a_failing_case_of_its_suite() throws Exception {
        Report baseline = evalAtThree().build();
        Report now = evalAtThree().outcome("eval.regression-suite-in-ci", Track.LLM, Outcome.NOT_MET).build();
        Document d = parse(now, new RenderOptions(false, new Gate(baseline, true, List.of()).evaluate(now)));

        Element gate = elements(suite(d, "maturity.evaluation.llm"), "testcase").stream().filter(named("gate:")).findFirst()
                .orElseThrow();
        assertThat(gate.getAttribute("name")).isEqualTo("gate: no regression below level 3");
        assertThat(elements(gate, "failure")).singleElement().satisfies(f -> {
            assertThat(f.getAttribute("type")).isEqualTo("REGRESSION");
            assertThat(f.getAttribute("message")).contains("eval.regression-suite-in-ci");
        });
    }

    @Test
    void an_undetected_track_is_skipped_not_failed() throws Exception {
        Document d = parse(evalAtThree().without(Track.LLM).build(), RenderOptions.DEFAULT);
        Element llmGov = suite(d, "maturity.governance.llm");

        assertThat(elements(llmGov, "failure")).isEmpty();
        assertThat(llmGov.getAttribute("skipped")).isEqualTo(llmGov.getAttribute("tests"));
    }

    @Test
    void a_not_met_alternative_of_a_met_group_is_skipped_and_a_group_that_fails_fails_each_member() throws Exception {
        Report r = evalAtThree().outcome("repro.deps-pinned", Track.CLASSICAL, Outcome.NOT_MET)
                .outcome("eval.results-recorded", Track.LLM, Outcome.NOT_MET).build();
        Document d = parse(r, RenderOptions.DEFAULT);

        Element repro = suite(d, "maturity.reproducibility.classical");
        Element deps = elements(repro, "testcase").stream().filter(named("L2 repro.deps-pinned")).findFirst().orElseThrow();
        assertThat(elements(deps, "failure")).isEmpty();
        assertThat(elements(deps, "skipped")).singleElement().satisfies(s -> assertThat(s.getAttribute("message")).startsWith(
                "not met, not needed: 'versioned' met by repro.data-versioned, repro.experiment-tracker, repro.model-registry, "
                        + "repro.production-rebuildable: not found in support-bot@"));
        assertThat(elements(repro, "property")).extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
                .contains("level=2");

        Element llmEval = suite(d, "maturity.evaluation.llm");
        Element results = elements(llmEval, "testcase").stream().filter(named("L2 eval.results-recorded")).findFirst().orElseThrow();
        assertThat(elements(results, "failure")).singleElement().satisfies(f -> {
            assertThat(f.getAttribute("message")).endsWith("('evaluated' not met: needs 1 MET, has 0)");
            assertThat(f.getTextContent()).contains("any 1 of 'evaluated' (1): 'evaluated' not met: needs 1 MET, has 0\n");
        });
        assertThat(llmEval.getAttribute("failures")).isEqualTo(String.valueOf(elements(llmEval, "failure").size()));
        assertThat(repro.getAttribute("failures")).isEqualTo(String.valueOf(elements(repro, "failure").size()));
    }
}
