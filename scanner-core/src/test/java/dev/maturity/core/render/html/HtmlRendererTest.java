package dev.maturity.core.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.testing.SampleReport;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    @Test
    void the_page_is_self_contained_and_makes_no_external_request() throws Exception {
        String html = ReportPages.html();

        assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "src=", "@import", "url(");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(html).contains("<style>", "<svg class=\"radar\"");
    }

    @Test
    void the_chart_draws_both_tracks_and_the_matrix_shows_raw_and_waived_levels() throws Exception {
        String html = ReportPages.html();

        assertThat(html).contains("<polygon class=\"track-classical\"", "<polygon class=\"track-llm\"");
        assertThat(html).contains("<td>governance</td><td class=\"lv lv3\">3</td><td class=\"lv lv2\">2<small>3 with waivers</small></td>");
        assertThat(html).contains("<td class=\"lv lv3\">3<small>ceiling 4</small></td>");
    }

    @Test
    void the_gate_mismatches_next_steps_and_expired_waivers_are_shown() throws Exception {
        String html = ReportPages.html();

        assertThat(html).contains("<li class=\"violation\">observability/llm dropped from level 4 to 3; criteria no longer met: "
                + "obs.cost-per-feature, obs.latency-percentile-alerts</li>");
        assertThat(html).contains("<li class=\"violation\">evaluation/llm is at level 2, below the floor 3; not met: "
                + "eval.regression-suite-in-ci</li>");
        assertThat(html).contains("evaluation: classical is at 4, llm at 2");
        assertThat(html).contains("<tr><td>evaluation / llm</td><td>level 3</td><td><code>eval.regression-suite-in-ci</code>");
        assertThat(html).contains("<td><code>eval.redteam-scheduled</code></td><td>expired</td>");
    }

    @Test
    void evidence_links_to_the_forge_mlflow_and_names_a_kubectl_command() throws Exception {
        String html = ReportPages.html();

        assertThat(html).contains("<a href=\"https://github.com/acme/support-bot/blob/" + SampleReport.COMMIT
                + "/.github/workflows/ci.yml#L20-L34\">support-bot@" + SampleReport.COMMIT + ":.github/workflows/ci.yml#L20-L34</a>"
                + " — pytest tests/pipeline on pull_request");
        assertThat(html).contains("<a href=\"https://mlflow.example.com/#/models/fraud-scorer/versions/14\">");
        assertThat(html).contains("<code class=\"cmd\">kubectl get rollout fraud-scorer -n ml-serving</code>");
    }

    @Test
    void text_from_the_scanned_repository_is_escaped() throws Exception {
        var r = ReportPages.platform().evidence("repro.deps-pinned", new Evidence(GitLocation.lines(SampleReport.REPO,
                SampleReport.COMMIT, "requirements.txt", 1, 1), Strength.DECLARED, null, "<script>alert(1)</script>")).build();
        StringBuilder out = new StringBuilder();
        new HtmlRenderer().render(r, RenderOptions.DEFAULT, out);

        assertThat(out.toString()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
