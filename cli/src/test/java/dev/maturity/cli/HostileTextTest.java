package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repository text is hostile: a file name carrying terminal escapes, a job named as a Markdown
 * image (a tracking pixel in every reviewer's browser), values with bell, backspace and OSC 8
 * hyperlink sequences. Each output format is checked by its real consumer: the raw bytes a
 * terminal would act on, a strict XML 1.0 parser for JUnit, a GFM renderer for Markdown.
 */
class HostileTextTest {

    static final String PIXEL = "![x](http://evil.example/p.png)";
    static final String ESCAPES = "\u001b[2J\u001b[31mred\u0007\b\u009b";

    @TempDir
    static Path dir;

    static Path reports;
    static String stderr;

    @BeforeAll
    static void scanAHostileRepository() throws Exception {
        Path repo = LlmAppPlatform.evaluationLevel3(dir.resolve("app"));
        try (GitRepoBuilder b = GitRepoBuilder.open(repo)) {
            b.file(".github/workflows/ev" + ESCAPES + "il.yml", """
                    name: "<img src=x onerror=alert(1)> \\e]8;;http://evil.example\\a click \\e]8;;\\a"
                    on: pull_request
                    jobs:
                      "%s <b>bold</b> www.evil.example a@evil.example":
                        runs-on: ubuntu-24.04
                        steps:
                          - run: npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
                    """.formatted(PIXEL));
            b.file("prompts/" + ESCAPES + "<img src=x>.prompty", "---\nname: x\n---\nsystem:\nYou answer.\n");
            b.commit("Add eval \u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007 and \u001b[2J");
        }
        reports = dir.resolve("reports");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("scan", repo.toString(), "--verbose", "--format", "text,junit,markdown",
                    "--output-dir", reports.toString())).isZero();
            // a usage error quoting the hostile name goes to stderr
            Main.run("scan", repo.toString(), "--waivers", dir.resolve("no" + ESCAPES + ".yaml").toString());
        } finally {
            System.setErr(saved);
        }
        stderr = err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> controlBytes(byte[] bytes) {
        List<String> found = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
                found.add(String.format("U+%04X at %d", (int) c, i));
            }
        }
        return found;
    }

    @Test
    void theTextReportHoldsNoControlCharacterButTabAndNewlineAndShowsThemVisibly() throws Exception {
        byte[] text = Files.readAllBytes(reports.resolve("maturity.txt"));
        assertThat(controlBytes(text)).isEmpty();
        assertThat(new String(text, StandardCharsets.UTF_8)).contains("ev\\x1b[2J\\x1b[31mred\\x07\\x08\\x9bil.yml");
    }

    @Test
    void standardErrorShowsControlCharactersVisibly() {
        assertThat(stderr).contains("no\\x1b[2J");
        assertThat(controlBytes(stderr.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theJunitReportParsesWithAStrictXmlParser() throws Exception {
        byte[] xml = Files.readAllBytes(reports.resolve("maturity.xml"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("testsuites");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("\\x1b[2J");
    }

    @Test
    void theMarkdownReportRendersNoLinkImageOrHtmlFromRepositoryText() throws Exception {
        String md = Files.readString(reports.resolve("maturity.md"));
        assertThat(md).contains("evil").contains("bold");
        List<Extension> gfm = List.of(TablesExtension.create(), AutolinkExtension.create());
        Node document = Parser.builder().extensions(gfm).build().parse(md);
        List<String> links = new ArrayList<>();
        List<String> html = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
            }

            @Override
            public void visit(Image image) {
                links.add("image " + image.getDestination());
            }

            @Override
            public void visit(HtmlInline inline) {
                html.add(inline.getLiteral());
            }

            @Override
            public void visit(HtmlBlock block) {
                html.add(block.getLiteral().strip());
            }
        });
        assertThat(links).isEmpty();
        List<String> tags = new ArrayList<>();
        html.forEach(literal -> Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)").matcher(literal).results()
                .forEach(m -> tags.add(m.group(1))));
        assertThat(tags).isNotEmpty().allMatch(Set.of("details", "summary", "sub", "br")::contains);
        String rendered = HtmlRenderer.builder().extensions(gfm).build().render(document);
        assertThat(rendered).doesNotContain("<img").doesNotContain("<a ").doesNotContain("<b>")
                .contains("![x](http");
    }
}
