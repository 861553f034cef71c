package dev.maturity.core.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in headless Chromium, as a reader's browser would: the page's text must
 * be there and its screenshot must not be blank. Skipped only when no Chromium is installed
 * ({@code .ci/run} installs it). Set {@code -Dmaturity.screenshot=FILE} to keep the screenshot.
 */
class HtmlChromiumTest {

    private static HeadlessChromium chromium;

    @TempDir
    static Path dir;

    private static Path page;

    @BeforeAll
    static void renderPage() throws IOException {
        chromium = HeadlessChromium.start(dir).orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium)");
        page = dir.resolve("maturity.html");
        Files.writeString(page, ReportPages.html(), StandardCharsets.UTF_8);
    }

    @Test
    void the_page_text_reads_as_a_report_in_a_real_browser() throws Exception {
        String dom = run(List.of("--dump-dom", page.toUri().toString()), dir.resolve("dom.out"));

        assertThat(dom).contains("<h1>Platform maturity</h1>", "Level matrix", "Five axes, both tracks",
                "observability/llm dropped from level 4 to 3", "eval.regression-suite-in-ci",
                "kubectl get rollout fraud-scorer -n ml-serving", "Criteria and evidence");
        assertThat(dom).contains("<polygon class=\"track-classical\"", "<polygon class=\"track-llm\"");
    }

    @Test
    void the_screenshot_is_not_blank() throws Exception {
        Path png = dir.resolve("report.png");
        run(List.of("--screenshot=" + png, "--window-size=1366,900", page.toUri().toString()), dir.resolve("shot.out"));

        HeadlessChromium.assertNotBlank(png, 1366);
        String keep = System.getProperty("maturity.screenshot");
        if (keep != null && !keep.isBlank()) {
            Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String run(List<String> args, Path output) throws IOException, InterruptedException {
        return chromium.run(args, output);
    }
}
