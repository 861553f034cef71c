package dev.maturity.core.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
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

    private static String chromium;

    @TempDir
    static Path dir;

    private static Path page;

    @BeforeAll
    static void renderPage() throws IOException {
        chromium = find().orElse(null);
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

        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).as("screenshot written").isNotNull();
        assertThat(img.getWidth()).isEqualTo(1366);
        double mean = 0;
        double sq = 0;
        Set<Integer> colours = new HashSet<>();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                colours.add(rgb & 0xFFFFFF);
                double lum = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                mean += lum;
                sq += lum * lum;
                n++;
            }
        }
        mean /= n;
        double variance = sq / n - mean * mean;
        assertThat(variance).as("luminance variance of a page with text, tables and a chart").isGreaterThan(200);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
        String keep = System.getProperty("maturity.screenshot");
        if (keep != null && !keep.isBlank()) {
            Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String run(List<String> args, Path output) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(output.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + String.join(" ", cmd));
        }
        assertThat(p.exitValue()).as("chromium exit code; stderr: %s", Files.readString(dir.resolve("chromium.err")))
                .isZero();
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static Optional<String> find() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : path.split(File.pathSeparator)) {
                File f = new File(d, name);
                if (f.isFile() && f.canExecute()) {
                    return Optional.of(f.getAbsolutePath());
                }
            }
        }
        return Optional.empty();
    }
}
