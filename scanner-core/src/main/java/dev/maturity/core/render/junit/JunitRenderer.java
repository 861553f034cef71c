package dev.maturity.core.render.junit;

import dev.maturity.core.gate.Violation;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.render.Alternatives;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.Renderer;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.GroupResult;
import dev.maturity.core.score.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI systems render it: a {@code testsuite} per axis x track, a {@code testcase} per
 * criterion. NOT_MET is a failure, UNKNOWN, WAIVED and not-applicable are skipped with the reason, as is a
 * NOT_MET alternative whose any-of group is met by another member (it holds nothing back),
 * and each gate violation is a failing test case of its suite.
 */
public final class JunitRenderer implements Renderer {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public void render(Report report, RenderOptions options, Appendable out) throws IOException {
        StringWriter buf = new StringWriter();
        try {
            XMLStreamWriter x = XmlSafeWriter.wrap(XMLOutputFactory.newFactory().createXMLStreamWriter(buf));
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "maturity");
            int tests = 0;
            int failures = 0;
            for (AxisResult a : report.axes()) {
                tests += a.criteria().size() + options.gate().violations(a.axis(), a.track()).size();
                failures += failures(a, options);
            }
            x.writeAttribute("tests", String.valueOf(tests));
            x.writeAttribute("failures", String.valueOf(failures));
            x.writeAttribute("errors", "0");
            x.writeCharacters("\n");
            for (AxisResult a : report.axes()) {
                suite(x, report, a, options);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.append(buf.toString());
    }

    private static int failures(AxisResult a, RenderOptions options) {
        int n = options.gate().violations(a.axis(), a.track()).size();
        if (a.applicable()) {
            n += (int) a.criteria().stream().filter(c -> failed(a, c)).count();
        }
        return n;
    }

    private static void suite(XMLStreamWriter x, Report report, AxisResult a, RenderOptions options)
            throws XMLStreamException {
        String name = "maturity." + a.axis().id() + "." + a.track().id();
        List<Violation> violations = options.gate().violations(a.axis(), a.track());
        x.writeCharacters("  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", name);
        x.writeAttribute("tests", String.valueOf(a.criteria().size() + violations.size()));
        x.writeAttribute("failures", String.valueOf(failures(a, options)));
        x.writeAttribute("errors", "0");
        long skipped = a.applicable() ? a.criteria().stream().filter(c -> c.outcome() != Outcome.MET
                && !failed(a, c)).count() : a.criteria().size();
        x.writeAttribute("skipped", String.valueOf(skipped));
        x.writeAttribute("time", "0");
        x.writeAttribute("timestamp", report.scannedAt());
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property(x, "tool.version", report.tool().version());
        property(x, "applicable", String.valueOf(a.applicable()));
        if (a.applicable()) {
            property(x, "level", String.valueOf(a.level()));
            property(x, "ceiling", String.valueOf(a.ceiling()));
            property(x, "levelWithWaivers", String.valueOf(a.levelWithWaivers()));
            for (GroupResult g : a.groups()) {
                property(x, "group." + g.name(), g.outcome().name() + " (any " + g.min() + " of " + String.join(", ", g.members()) + ")");
            }
        }
        x.writeEndElement();
        x.writeCharacters("\n");
        for (Violation v : violations) {
            x.writeCharacters("    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", name);
            x.writeAttribute("name", "gate: " + switch (v.kind()) {
                case REGRESSION -> "no regression below level " + v.expected();
                case BELOW_FLOOR -> "floor at level " + v.expected();
                case POLICY_CHANGE -> "no new waiver hiding " + String.join(", ", v.criteria());
            });
            x.writeAttribute("time", "0");
            x.writeStartElement("failure");
            x.writeAttribute("type", v.kind().name());
            x.writeAttribute("message", v.message());
            x.writeCharacters(v.message());
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        for (CriterionResult c : a.criteria()) {
            testcase(x, name, a, c);
        }
        x.writeCharacters("  ");
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void testcase(XMLStreamWriter x, String suite, AxisResult a, CriterionResult c)
            throws XMLStreamException {
        x.writeCharacters("    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", suite);
        x.writeAttribute("name", "L" + c.level() + " " + c.id() + ": " + c.question());
        x.writeAttribute("time", "0");
        String summary = c.summary() == null ? "" : c.summary();
        Optional<String> group = Alternatives.state(a, c);
        if (!a.applicable()) {
            skipped(x, "not applicable: " + summary);
        } else if (c.outcome() == Outcome.NOT_MET && !failed(a, c)) {
            skipped(x, "not met, " + Alternatives.notNeeded(a, c).orElse("not needed") + ": " + summary);
        } else if (c.outcome() == Outcome.NOT_MET) {
            x.writeStartElement("failure");
            x.writeAttribute("type", "NOT_MET");
            x.writeAttribute("message", (summary.isBlank() ? "not met" : summary) + group.map(g -> " (" + g + ")").orElse(""));
            StringBuilder body = new StringBuilder(summary).append('\n');
            Alternatives.describe(a, c).ifPresent(d -> body.append(d).append('\n'));
            for (Evidence e : c.evidence()) {
                body.append("  ").append(e.strength().id()).append(' ').append(e.locator());
                if (!e.detail().isBlank()) {
                    body.append("  ").append(e.detail());
                }
                body.append('\n');
            }
            if (c.remediation() != null) {
                body.append("next: ").append(c.remediation()).append('\n');
            }
            x.writeCharacters(body.toString());
            x.writeEndElement();
        } else if (c.outcome() == Outcome.UNKNOWN) {
            skipped(x, "unknown: " + summary);
        } else if (c.outcome() == Outcome.WAIVED) {
            CriterionResult.Waiver w = c.waiver();
            skipped(x, "waived (raw " + w.rawOutcome() + ") by " + w.owner() + " until " + w.expires() + ": " + w.reason());
        } else if (c.outcome() == Outcome.NOT_APPLICABLE) {
            skipped(x, "not applicable: " + summary);
        } else {
            x.writeStartElement("system-out");
            StringBuilder body = new StringBuilder(summary).append('\n');
            c.evidence().forEach(e -> body.append("  ").append(e.strength().id()).append(' ').append(e.locator()).append('\n'));
            x.writeCharacters(body.toString());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    /** A NOT_MET criterion fails its test case only where it holds the level back (not as a member of a met group). */
    private static boolean failed(AxisResult a, CriterionResult c) {
        return c.outcome() == Outcome.NOT_MET && a.isGap(c, false);
    }

    private static void skipped(XMLStreamWriter x, String message) throws XMLStreamException {
        x.writeEmptyElement("skipped");
        x.writeAttribute("message", message);
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", value);
    }
}
