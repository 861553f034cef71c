package dev.maturity.core.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.gate.Gate;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.score.Report;
import dev.maturity.core.testing.SampleReport;
import dev.maturity.core.waiver.Waiver;
import dev.maturity.core.waiver.Waivers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static SampleReport team() {
        return SampleReport.platform().level(Axis.EVALUATION, Track.CLASSICAL, 3).level(Axis.EVALUATION, Track.LLM, 3)
                .level(Axis.REPRODUCIBILITY, Track.CLASSICAL, 2).level(Axis.REPRODUCIBILITY, Track.LLM, 2)
                .level(Axis.DEPLOYMENT, Track.CLASSICAL, 2).level(Axis.DEPLOYMENT, Track.LLM, 2)
                .level(Axis.OBSERVABILITY, Track.CLASSICAL, 2).level(Axis.OBSERVABILITY, Track.LLM, 2)
                .level(Axis.GOVERNANCE, Track.CLASSICAL, 2).level(Axis.GOVERNANCE, Track.LLM, 2);
    }

    private static String render(Report r, RenderOptions o) throws Exception {
        StringBuilder out = new StringBuilder();
        new MarkdownRenderer().render(r, o, out);
        return out.toString();
    }

    @Test
    void the_short_comment_has_the_matrix_the_gate_and_next_steps_but_no_evidence() throws Exception {
        Report baseline = team().build();
        Report now = team().outcome("eval.regression-suite-in-ci", Track.LLM, Outcome.NOT_MET).build();
        String md = render(now, new RenderOptions(false, new Gate(baseline, true, List.of()).evaluate(now)));

        assertThat(md).startsWith("## Maturity: classical **2** · llm **2** — gate failed\n");
        assertThat(md).contains("| evaluation | 3 | 2 |\n", "| reproducibility | 2 | 2 |\n");
        assertThat(md).contains("- regression: evaluation/llm is at 2, expected 3 — `eval.regression-suite-in-ci`\n");
        assertThat(md).contains("- **evaluation/llm → 3**: `eval.regression-suite-in-ci` — Run the eval suite from a workflow");
        assertThat(md).doesNotContain("<details>", SampleReport.COMMIT);
        assertThat(md.lines().count()).isLessThan(40);
    }

    @Test
    void a_gate_that_holds_says_so() throws Exception {
        String md = render(team().build(), new RenderOptions(false, new Gate(team().build(), true, List.of()).evaluate(team().build())));

        assertThat(md).startsWith("## Maturity: classical **2** · llm **2** — gate passed\n");
        assertThat(render(team().build(), RenderOptions.DEFAULT)).startsWith("## Maturity: classical **2** · llm **2**\n");
    }

    @Test
    void verbose_lists_every_criterion_with_linked_evidence() throws Exception {
        String md = render(team().build(), new RenderOptions(true));

        assertThat(md).contains("<details><summary>evaluation / llm: 3</summary>");
        assertThat(md).contains("[wired `support-bot@" + SampleReport.COMMIT + ":.github/workflows/eval.yml#L12-L18`]"
                + "(<https://github.com/acme/support-bot/blob/" + SampleReport.COMMIT + "/.github/workflows/eval.yml#L12-L18>)");
        assertThat(md).contains("(`kubectl get rollout fraud-scorer -n ml-serving`)");
    }

    @Test
    void a_waiver_shows_raw_and_waived_levels_side_by_side() throws Exception {
        Report r = Waivers.apply(team().outcome("eval.regression-suite-in-ci", Track.LLM, Outcome.NOT_MET).build(),
                List.of(new Waiver("eval.regression-suite-in-ci", null, null, "suite lands with the Q1 rewrite", "jane.doe@example.com",
                        LocalDate.of(2027, 1, 31), "waivers.yaml:2")), LocalDate.of(2026, 11, 30));

        String md = render(r, new RenderOptions(true));

        assertThat(md).contains("| evaluation | 3 | 2 (w 3) |");
        assertThat(md).contains("- `eval.regression-suite-in-ci` applied — suite lands with the Q1 rewrite (jane.doe＠example.com, until 2027-01-31)");
        assertThat(md).contains("WAIVED (raw NOT_MET, jane.doe＠example.com until 2027-01-31)");
    }

    @Test
    void alternatives_say_their_group_and_a_not_met_member_of_a_met_group_is_not_needed() throws Exception {
        Report r = team().outcome("repro.deps-pinned", Track.CLASSICAL, Outcome.NOT_MET)
                .level(Axis.GOVERNANCE, Track.CLASSICAL, 1).build();
        String md = render(r, new RenderOptions(true));

        assertThat(md).contains("| 2 | `repro.deps-pinned` | NOT_MET<br>not needed: 'versioned' met by repro.data-versioned, "
                + "repro.experiment-tracker, repro.model-registry, repro.production-rebuildable |");
        assertThat(md).contains("- **governance/classical → 2**: `gov.named-owners` (or another of 'accountable') — Add CODEOWNERS");
    }
}
