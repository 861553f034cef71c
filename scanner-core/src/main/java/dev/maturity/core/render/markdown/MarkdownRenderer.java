package dev.maturity.core.render.markdown;

import dev.maturity.core.gate.GateResult;
import dev.maturity.core.gate.Violation;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.render.Alternatives;
import dev.maturity.core.render.Escape;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.Renderer;
import dev.maturity.core.render.html.EvidenceLinks;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Mismatch;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.TrackSummary;
import java.io.IOException;
import java.util.Optional;

/**
 * Markdown for a pull-request comment: the level matrix (raw level, ceiling, level with waivers),
 * the gate's verdict with the criteria that broke it, mismatches and next steps. Verbose adds every
 * criterion with its evidence, linked where the evidence has an address.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void render(Report r, RenderOptions options, Appendable out) throws IOException {
        GateResult gate = options.gate();
        out.append("## Maturity: ").append(track("classical", r.summary().classical())).append(" · ")
                .append(track("llm", r.summary().llm()));
        if (!gate.violations().isEmpty()) {
            out.append(" — gate failed");
        } else if (gate.diff() != null || !gate.floors().isEmpty()) {
            out.append(" — gate passed");
        }
        out.append("\n\n");
        out.append("| axis | classical | llm |\n| --- | --- | --- |\n");
        for (Axis axis : Axis.values()) {
            out.append("| ").append(axis.id()).append(" | ").append(cell(r.axis(axis, Track.CLASSICAL)))
                    .append(" | ").append(cell(r.axis(axis, Track.LLM))).append(" |\n");
        }
        out.append("\n<sub>level ^ceiling (reachable if UNKNOWN criteria were proven); \"w\" is the level with waivers. ")
                .append("Rubric ").append(r.rubric().id()).append(' ').append(r.rubric().version())
                .append(", as of ").append(r.asOf()).append("; ").append(escape(r.tool().name())).append(' ')
                .append(escape(r.tool().version())).append(".</sub>\n");
        if (!gate.violations().isEmpty()) {
            out.append("\n**Gate failed**\n\n");
            for (Violation v : gate.violations()) {
                if (v.kind() == Violation.Kind.POLICY_CHANGE) {
                    out.append("- ").append(v.kind().label()).append(": ").append(escape(v.message())).append('\n');
                    continue;
                }
                out.append("- ").append(v.kind().label()).append(": ")
                        .append(v.axis().id()).append('/').append(v.track().id()).append(" is at ").append(String.valueOf(v.actual()))
                        .append(", expected ").append(String.valueOf(v.expected()));
                if (!v.criteria().isEmpty()) {
                    out.append(" — ").append(String.join(", ", v.criteria().stream().map(Escape::markdownCode).toList()));
                }
                out.append('\n');
            }
        }
        for (String w : gate.warnings()) {
            out.append("\n> ").append(escape(w)).append('\n');
        }
        if (!r.summary().mismatches().isEmpty()) {
            out.append("\n**Mismatches**\n\n");
            for (Mismatch m : r.summary().mismatches()) {
                out.append("- ").append(escape(m.message())).append('\n');
            }
        }
        nextSteps(r, out);
        waivers(r, out);
        if (options.verbose()) {
            verbose(r, out);
        }
    }

    private static void nextSteps(Report r, Appendable out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (AxisResult a : r.axes()) {
            if (!a.applicable() || a.next().isEmpty()) {
                continue;
            }
            String id = a.next().get(0);
            Optional<CriterionResult> c = a.criteria().stream().filter(x -> x.id().equals(id)).findFirst();
            sb.append("- **").append(a.axis().id()).append('/').append(a.track().id()).append(" → ")
                    .append(a.level() + 1).append("**: ").append(Escape.markdownCode(id));
            c.ifPresent(x -> sb.append(x.outcome() == Outcome.UNKNOWN ? " (unknown)" : "").append(escape(Alternatives.suffix(a, x)))
                    .append(" — ")
                    .append(escape(x.remediation() == null ? x.question() : x.remediation())));
            if (a.next().size() > 1) {
                sb.append(" (+").append(a.next().size() - 1).append(" more)");
            }
            sb.append('\n');
        }
        if (sb.length() > 0) {
            out.append("\n**Next steps**\n\n").append(sb);
        }
    }

    private static void waivers(Report r, Appendable out) throws IOException {
        if (r.waivers().isEmpty()) {
            return;
        }
        out.append("\n**Waivers**\n\n");
        for (Report.WaiverEntry w : r.waivers()) {
            out.append("- ").append(Escape.markdownCode(w.criterion())).append(' ').append(w.status()).append(" — ").append(escape(w.reason()))
                    .append(" (").append(escape(w.owner())).append(", until ").append(w.expires()).append(")\n");
        }
    }

    private static void verbose(Report r, Appendable out) throws IOException {
        EvidenceLinks links = new EvidenceLinks(r);
        for (AxisResult a : r.axes()) {
            if (!a.applicable()) {
                continue;
            }
            out.append("\n<details><summary>").append(a.axis().id()).append(" / ").append(a.track().id()).append(": ")
                    .append(cell(Optional.of(a))).append("</summary>\n\n");
            out.append("| L | criterion | outcome | found | evidence |\n| --- | --- | --- | --- | --- |\n");
            for (CriterionResult c : a.criteria()) {
                out.append("| ").append(String.valueOf(c.level())).append(" | ").append(Escape.markdownCode(c.id())).append(" | ")
                        .append(outcome(c)).append(Alternatives.notNeeded(a, c).or(() -> Alternatives.describe(a, c))
                                .map(g -> "<br>" + escape(g)).orElse("")).append(" | ").append(escape(c.summary())).append(" | ");
                boolean first = true;
                for (Evidence e : c.evidence()) {
                    out.append(first ? "" : "<br>");
                    first = false;
                    Optional<String> url = links.url(e);
                    String label = e.strength().id() + " " + Escape.markdownCode(e.locator());
                    out.append(url.filter(MarkdownRenderer::safeUrl).map(u -> "[" + label + "](<" + u + ">)").orElse(label));
                    Optional<String> cmd = EvidenceLinks.command(e);
                    if (cmd.isPresent()) {
                        out.append(" (").append(Escape.markdownCode(cmd.get())).append(")");
                    }
                }
                out.append(" |\n");
            }
            out.append("\n</details>\n");
        }
    }

    private static String outcome(CriterionResult c) {
        if (c.outcome() == Outcome.WAIVED && c.waiver() != null) {
            return "WAIVED (raw " + c.waiver().rawOutcome() + ", " + escape(c.waiver().owner()) + " until "
                    + c.waiver().expires() + ")";
        }
        return c.outcome().name();
    }

    private static String track(String name, TrackSummary s) {
        if (s == null || !s.applicable()) {
            return name + " n/a";
        }
        String t = name + " **" + s.level() + "**";
        if (s.levelWithWaivers() != null && !s.levelWithWaivers().equals(s.level())) {
            t += " (" + s.levelWithWaivers() + " with waivers)";
        }
        return t;
    }

    static String cell(Optional<AxisResult> ar) {
        if (ar.isEmpty() || !ar.get().applicable()) {
            return "n/a";
        }
        AxisResult a = ar.get();
        String s = String.valueOf(a.level());
        if (a.ceiling() != null && a.ceiling() > a.level()) {
            s += " ^" + a.ceiling();
        }
        if (a.levelWithWaivers() != null && !a.levelWithWaivers().equals(a.level())) {
            s += " (w " + a.levelWithWaivers() + ")";
        }
        return s;
    }

    /** Repository and server text, made literal for Markdown (see {@link Escape#markdown}). */
    static String escape(String s) {
        return Escape.markdown(s);
    }

    /** Only http(s) addresses with no character that could end the link destination become links. */
    private static boolean safeUrl(String url) {
        return url.matches("^https?://[^\\s\"'<>()\\\\`]+$");
    }
}
