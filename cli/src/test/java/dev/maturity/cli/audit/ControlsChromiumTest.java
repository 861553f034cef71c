package dev.maturity.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.cli.AuditHarness;
import dev.maturity.fixtures.browser.Chromium;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code controls.html} of a real pack, printed to PDF by headless Chromium as a reviewer would print
 * it: the text a non-engineer needs is on the pages — the notice, each control with status, why,
 * evidence and what to do. Skipped only when no Chromium is installed ({@code .ci/run} installs it).
 * {@code -Dmaturity.controls-screenshot=FILE} keeps a screenshot (docs/audit.md shows one).
 */
class ControlsChromiumTest {

    @TempDir
    Path dir;

    @Test
    void controls_html_prints_to_a_pdf_that_reads_as_the_controls_view() throws Exception {
        Chromium chromium = Chromium.find(dir).orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium)");
        Path repo = LlmAppPlatform.evaluationLevel3(dir.resolve("support-assistant"));
        Path pack = dir.resolve("pack.zip");
        AuditHarness.Run run = AuditHarness.audit(Map.of(), repo.toString(), "--as-of", "2026-11-30", "--output", pack.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Path page = Files.write(dir.resolve("controls.html"), AuditPlatform.entries(pack).get("controls.html"));

        Path pdf = dir.resolve("controls.pdf");
        chromium.printToPdf(page, pdf);
        String text;
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(pages).isGreaterThan(3);
        assertThat(text).contains("AI governance controls: what the evidence shows", "Not a conformity statement.",
                "EU AI Act", "NIST AI RMF 1.0", "ISO/IEC 42001:2023 Annex A",
                "MEASURE-2.5 · Validity and reliability shown", "supported",
                "Art.15 · Accuracy, robustness and cybersecurity", "partly supported", "WHY", "EVIDENCE", "WHAT TO DO",
                "Does a regression suite run in CI on every change or release?");
        // long locators wrap at any character on paper: compare them without the line breaks
        assertThat(text.replace(" ", "")).contains(":.github/workflows/ci.yml#L24-L44—capturedcopy",
                ":promptfooconfig.yaml#L19-L34—capturedcopy");

        Path png = dir.resolve("controls.png");
        chromium.screenshot(page, png, 1280, 1400);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1280);
        String keep = System.getProperty("maturity.controls-screenshot");
        if (keep != null && !keep.isBlank()) {
            Files.copy(png, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
