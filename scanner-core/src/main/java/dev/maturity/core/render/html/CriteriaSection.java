package dev.maturity.core.render.html;

import static dev.maturity.core.render.html.HtmlText.esc;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.render.Alternatives;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import java.util.Optional;

/** The per-criterion part of the HTML report: for each axis x track, every criterion with its evidence and links. */
final class CriteriaSection {

    private CriteriaSection() {
    }

    static void render(Report r, StringBuilder h) {
        EvidenceLinks links = new EvidenceLinks(r);
        h.append("<h2>Criteria and evidence</h2>\n");
        for (AxisResult a : r.axes()) {
            h.append("<section class=\"axis\" id=\"").append(a.axis().id()).append('-').append(a.track().id()).append("\">\n<h3>")
                    .append(a.axis().id()).append(" / ").append(a.track().id()).append(" <span class=\"lvtag\">");
            if (!a.applicable()) {
                h.append("not applicable: no ").append(a.track().id()).append(" workload detected</span></h3>\n</section>\n");
                continue;
            }
            h.append("level ").append(a.level()).append(", ceiling ").append(a.ceiling());
            if (a.levelWithWaivers() != null && !a.levelWithWaivers().equals(a.level())) {
                h.append(", ").append(a.levelWithWaivers()).append(" with waivers");
            }
            h.append("</span></h3>\n<table>\n<tr><th>L</th><th>criterion</th><th>outcome</th><th>what was found</th></tr>\n");
            for (CriterionResult c : a.criteria()) {
                row(links, a, c, h);
            }
            h.append("</table>\n</section>\n");
        }
        if (!r.unreadable().isEmpty()) {
            h.append("<h2>Unreadable artefacts</h2>\n<ul class=\"tight\">\n");
            for (Report.UnreadableEntry u : r.unreadable()) {
                h.append("<li><code>").append(esc(u.locator())).append("</code>: ").append(esc(u.message())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
    }

    private static void row(EvidenceLinks links, AxisResult a, CriterionResult c, StringBuilder h) {
        h.append("<tr><td>").append(c.level()).append("</td><td class=\"crit\">").append(esc(c.question()))
                .append("<br><code>").append(esc(c.id())).append("</code>");
        Alternatives.label(a, c).ifPresent(l -> h.append("<br><small class=\"group\">").append(esc(l)).append("</small>"));
        h.append("</td><td>").append(pill(c.outcome()));
        if (c.waiver() != null) {
            h.append("<br><small>raw ").append(pill(c.waiver().rawOutcome())).append("<br>").append(esc(c.waiver().owner()))
                    .append(", until ").append(esc(c.waiver().expires())).append(": ").append(esc(c.waiver().reason()))
                    .append("</small>");
        }
        h.append("</td><td class=\"found\">").append(esc(c.summary()));
        if (!c.evidence().isEmpty()) {
            h.append("<ul class=\"evidence\">");
            for (Evidence e : c.evidence()) {
                h.append("<li><span class=\"st\">").append(e.strength().id()).append("</span>");
                Optional<String> url = links.url(e);
                if (url.isPresent() && HtmlText.safeUrl(url.get())) {
                    h.append("<a href=\"").append(esc(url.get())).append("\">").append(esc(e.locator())).append("</a>");
                } else {
                    h.append("<code>").append(esc(e.locator())).append("</code>");
                }
                EvidenceLinks.command(e).ifPresent(cmd -> h.append(" <code class=\"cmd\">").append(esc(cmd)).append("</code>"));
                if (!e.detail().isBlank()) {
                    h.append(" — ").append(esc(e.detail()));
                }
                h.append("</li>");
            }
            h.append("</ul>");
        }
        Optional<String> notNeeded = Alternatives.notNeeded(a, c);
        boolean unmet = c.rawOutcome() != Outcome.MET && c.outcome() != Outcome.NOT_APPLICABLE;
        if (notNeeded.isPresent()) {
            h.append("<div class=\"remedy\">").append(esc(notNeeded.get())).append("</div>");
        } else if (unmet && c.remediation() != null) {
            h.append("<div class=\"remedy\">Next: ").append(esc(c.remediation()))
                    .append(esc(Alternatives.state(a, c).map(st -> " (" + st + ")").orElse(""))).append("</div>");
        }
        h.append("</td></tr>\n");
    }

    static String pill(Outcome o) {
        return "<span class=\"pill " + o.name() + "\">" + o.name().replace('_', ' ') + "</span>";
    }
}
