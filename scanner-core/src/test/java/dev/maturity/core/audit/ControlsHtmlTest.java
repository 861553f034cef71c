package dev.maturity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.Scorer;
import dev.maturity.core.score.Summary;
import dev.maturity.core.score.TrackSummary;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** controls.html is inert whatever a repository names its files, and prints. */
class ControlsHtmlTest {

    @Test
    void repository_text_is_escaped_links_go_only_to_captured_copies_and_the_page_has_print_css_and_a_strict_policy() {
        String hostile = "<script>alert(1)</script>\u202e.yml";
        Evidence e = new Evidence(GitLocation.lines("app", "0".repeat(40), hostile, 1, 2), Strength.WIRED, null, "x");
        CriterionResult c = new CriterionResult("eval.regression-suite-in-ci", 3, "Runs in CI?", Outcome.MET,
                "suite run by " + hostile, "", List.of(), "[]", "wired", List.of(e), null);
        TrackSummary none = new TrackSummary(false, null, null, null, null, "", List.of());
        Report report = new Report(1, new Report.Tool("maturity", "t"), "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z",
                new Report.RubricRef("default", "1", "x"), List.of(), new Summary(none, none, null, List.of(), null),
                List.of(Scorer.levels(Axis.EVALUATION, Track.LLM, true, List.of(c))), List.of());
        ControlCatalogue catalogue = new ControlCatalogue("t", "1", "d", List.of(new Control(Framework.NIST_AI_RMF,
                "MEASURE-2.5", "Validity shown", "Tests run automatically.", List.of("eval.regression-suite-in-ci"), "t:1")));
        List<ControlResult> results = ControlAssessment.assess(catalogue, EnumSet.allOf(Framework.class), report,
                Map.of(e.locator(), "evidence/git-0001.json"));

        String html = new String(ControlsHtml.render(ControlsDocument.of(report, catalogue, EnumSet.allOf(Framework.class),
                results, null)), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>", "\u202e")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;\\u202e.yml", "<a href=\"evidence/git-0001.json\">captured copy</a>")
                .contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", "@media print", "break-inside:avoid")
                .contains("MEASURE-2.5 · Validity shown", "<span class=\"status supported\">supported</span>");
        assertThat(html.split("href=\"", -1)).hasSize(2);
    }
}
