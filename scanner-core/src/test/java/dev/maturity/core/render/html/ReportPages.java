package dev.maturity.core.render.html;

import dev.maturity.core.gate.Floor;
import dev.maturity.core.gate.Gate;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.score.Report;
import dev.maturity.core.testing.SampleReport;
import dev.maturity.core.waiver.Waiver;
import dev.maturity.core.waiver.Waivers;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** A realistic platform for the HTML tests: classical ahead of llm, a regression, a waiver, a floor. */
final class ReportPages {

    private ReportPages() {
    }

    static SampleReport platform() {
        return SampleReport.platform()
                .level(Axis.REPRODUCIBILITY, Track.CLASSICAL, 3).level(Axis.REPRODUCIBILITY, Track.LLM, 2)
                .level(Axis.EVALUATION, Track.CLASSICAL, 4).level(Axis.EVALUATION, Track.LLM, 2)
                .level(Axis.DEPLOYMENT, Track.CLASSICAL, 4).level(Axis.DEPLOYMENT, Track.LLM, 2)
                .level(Axis.OBSERVABILITY, Track.CLASSICAL, 3).level(Axis.OBSERVABILITY, Track.LLM, 3)
                .level(Axis.GOVERNANCE, Track.CLASSICAL, 3).level(Axis.GOVERNANCE, Track.LLM, 3)
                .outcome("gov.tool-catalogue-governed", Track.LLM, Outcome.NOT_MET)
                .outcome("deploy.gpu-queueing", Track.CLASSICAL, Outcome.UNKNOWN)
                .evidence("repro.pipelines-ci-tested", new Evidence(GitLocation.lines(SampleReport.REPO, SampleReport.COMMIT,
                        ".github/workflows/ci.yml", 20, 34), Strength.WIRED, "sha256:12", "pytest tests/pipeline on pull_request"));
    }

    static Report report() {
        Report now = platform().build();
        return Waivers.apply(now, List.of(new Waiver("gov.tool-catalogue-governed", Track.LLM, null,
                        "CODEOWNERS for tools/ lands with the repo split (PLAT-377)", "jane.doe@example.com",
                        LocalDate.of(2027, 1, 31), "maturity-waivers.yaml:2"),
                new Waiver("eval.redteam-scheduled", null, null, "red-team vendor contract pending", "sec-team",
                        LocalDate.of(2026, 10, 31), "maturity-waivers.yaml:8")), LocalDate.of(2026, 11, 30));
    }

    static RenderOptions options(Report now) {
        Report baseline = platform().level(Axis.OBSERVABILITY, Track.LLM, 4).build();
        return new RenderOptions(true, new Gate(baseline, true, List.of(Floor.parse("evaluation=3"))).evaluate(now));
    }

    static String html() throws IOException {
        Report r = report();
        StringBuilder out = new StringBuilder();
        new HtmlRenderer().render(r, options(r), out);
        return out.toString();
    }
}
