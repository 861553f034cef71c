package dev.maturity.core.render.prometheus;

import static dev.maturity.core.model.Outcome.MET;
import static dev.maturity.core.model.Outcome.NOT_MET;
import static dev.maturity.core.model.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.history.ReportFixture;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.Renderer;
import dev.maturity.core.score.Report;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class PrometheusRendererTest {

    private static final Report REPORT = ReportFixture.at("2026-11-30T02:00:00Z")
            .llmEvaluation(MET, UNKNOWN, NOT_MET).notApplicable(Axis.EVALUATION, Track.CLASSICAL).build();

    @Test
    void levels_and_ceilings_are_gauges_per_target_axis_and_track_without_criterion_series_by_default() throws Exception {
        StringBuilder out = new StringBuilder();
        PrometheusRenderer.write(List.of(new PrometheusRenderer.Scanned("ranker", "SCORED", REPORT),
                new PrometheusRenderer.Scanned("chat\"bot", "TIMED_OUT", null)), false, out);

        assertThat(out.toString()).isEqualTo("""
                # HELP maturity_level Maturity level of an axis for a track; counts only criteria proven MET.
                # TYPE maturity_level gauge
                maturity_level{target="ranker",axis="evaluation",track="llm"} 2
                # HELP maturity_ceiling Highest level provable if the UNKNOWN criteria were met; above the level means sources are missing.
                # TYPE maturity_ceiling gauge
                maturity_ceiling{target="ranker",axis="evaluation",track="llm"} 3
                # HELP maturity_scan_success 1 when the target's last scan was scored, 0 when it failed or timed out.
                # TYPE maturity_scan_success gauge
                maturity_scan_success{target="ranker",status="scored"} 1
                maturity_scan_success{target="chat\\"bot",status="timed_out"} 0
                # HELP maturity_scan_timestamp_seconds When the target's report was produced (Unix time).
                # TYPE maturity_scan_timestamp_seconds gauge
                maturity_scan_timestamp_seconds{target="ranker"} 1796004000
                # HELP maturity_build_info Always 1; the version label names the scanner's version and build commit.
                # TYPE maturity_build_info gauge
                maturity_build_info{version="test"} 1
                """);
    }

    @Test
    void criterion_outcomes_are_series_only_when_asked_for() throws Exception {
        StringBuilder out = new StringBuilder();
        PrometheusRenderer.write(List.of(new PrometheusRenderer.Scanned("ranker", "SCORED", REPORT)), true, out);

        assertThat(out.toString()).contains("# TYPE maturity_criterion_outcome gauge\n")
                .contains("maturity_criterion_outcome{target=\"ranker\",axis=\"evaluation\",track=\"llm\","
                        + "criterion=\"eval.regression-suite-in-ci\",outcome=\"unknown\"} 1\n")
                .contains("criterion=\"eval.gates-block-deploys\",outcome=\"not_met\"} 1\n");
    }

    @Test
    void the_renderer_is_installed_as_format_prometheus() throws Exception {
        Renderer r = ServiceLoader.load(Renderer.class).stream().map(ServiceLoader.Provider::get)
                .filter(x -> x.format().equals("prometheus")).findFirst().orElseThrow();
        StringBuilder out = new StringBuilder();
        r.render(REPORT, RenderOptions.DEFAULT, out);
        assertThat(out.toString()).contains("maturity_level{target=\"default\",axis=\"evaluation\",track=\"llm\"} 2\n")
                .doesNotContain("maturity_criterion_outcome");
    }

    @Test
    void a_platform_scan_labels_every_target_series_with_platform_and_team() throws Exception {
        StringBuilder out = new StringBuilder();
        PrometheusRenderer.write(List.of(new PrometheusRenderer.Scanned("ranker", "recsys", "ranking \"core\"", "SCORED", REPORT),
                new PrometheusRenderer.Scanned("chatbot", "genai", "assistants", "FAILED", null)), true, out);

        List<String> samples = out.toString().lines().filter(l -> !l.startsWith("#") && !l.startsWith("maturity_build_info"))
                .toList();
        assertThat(samples).hasSize(8).allMatch(l -> l.contains(",platform=\"") && l.contains(",team=\""));
        assertThat(samples).contains(
                "maturity_level{target=\"ranker\",platform=\"recsys\",team=\"ranking \\\"core\\\"\",axis=\"evaluation\",track=\"llm\"} 2",
                "maturity_scan_success{target=\"chatbot\",platform=\"genai\",team=\"assistants\",status=\"failed\"} 0",
                "maturity_scan_timestamp_seconds{target=\"ranker\",platform=\"recsys\",team=\"ranking \\\"core\\\"\"} 1796004000");
    }
}
