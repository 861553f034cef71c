package dev.maturity.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.score.Report;
import dev.maturity.core.testing.SampleReport;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Whatever format a report is written in, it names the scanner build that wrote it (version + commit). */
class BuildNamedInEveryFormatTest {

    @Test
    void every_installed_format_shows_the_version_with_its_build_commit() throws Exception {
        Report report = SampleReport.platform().build();
        List<Renderer> renderers = ServiceLoader.load(Renderer.class).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(renderers).extracting(Renderer::format)
                .containsExactlyInAnyOrder("json", "text", "html", "junit", "markdown", "prometheus", "sarif");
        for (Renderer r : renderers) {
            StringBuilder out = new StringBuilder();
            r.render(report, RenderOptions.DEFAULT, out);
            assertThat(out).as(r.format()).contains(SampleReport.VERSION);
        }
    }
}
