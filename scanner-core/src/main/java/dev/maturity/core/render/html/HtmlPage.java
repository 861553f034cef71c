package dev.maturity.core.render.html;

import static dev.maturity.core.render.html.HtmlText.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame every page of the tool shares: the Content-Security-Policy that forbids any request but
 * inline styles and data: images (no script at all), the stylesheet of the scan report plus a page's
 * own rules, and the closing tags. One place, so the scan report and the fleet page cannot drift apart.
 */
final class HtmlPage {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final String REPORT_CSS = css("report.css");

    private HtmlPage() {
    }

    /** Opens the document up to and including {@code <main>}; {@code extraCss} is a stylesheet of this package or null. */
    static void open(StringBuilder h, String title, String extraCss) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(REPORT_CSS);
        if (extraCss != null) {
            h.append(extraCss);
        }
        h.append("</style>\n</head>\n<body>\n<main>\n");
    }

    static void close(StringBuilder h) {
        h.append("</main>\n</body>\n</html>\n");
    }

    static String css(String resource) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
