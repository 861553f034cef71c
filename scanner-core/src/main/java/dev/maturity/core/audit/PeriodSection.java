package dev.maturity.core.audit;

import static dev.maturity.core.render.html.HtmlText.esc;

import dev.maturity.core.score.Report;

/** The review-period section of {@code controls.html}: trend per axis x track, regressions, waivers in force. */
final class PeriodSection {

    private PeriodSection() {
    }

    static void render(PeriodView p, StringBuilder h) {
        h.append("<h2>Review period ").append(esc(p.from())).append(" to ").append(esc(p.to())).append("</h2>\n<p>")
                .append("History criteria (reviewed changes, automated model versions) were judged over the ")
                .append(p.days()).append(" days of the period. Scans recorded in the period: ").append(esc(p.history()))
                .append(".</p>\n");
        if (p.targets().isEmpty()) {
            h.append("<p>No scan was recorded in the period, so no trend can be shown.</p>\n");
        }
        for (PeriodView.TargetTrend t : p.targets()) {
            h.append("<h3>").append(esc(t.target())).append(" — ").append(t.scans()).append(" scan(s)</h3>\n")
                    .append("<table><tr><th>Area</th><th>Track</th><th>Start</th><th>End</th><th>Lowest</th><th>Highest</th>")
                    .append("<th>Trend</th></tr>\n");
            for (PeriodView.AxisTrend a : t.axes()) {
                h.append("<tr><td>").append(esc(a.axis())).append("</td><td>").append(esc(a.track())).append("</td><td>")
                        .append(a.first()).append("</td><td>").append(a.last()).append("</td><td>").append(a.lowest())
                        .append("</td><td>").append(a.highest()).append("</td><td>").append(esc(a.sparkline()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
            if (t.regressions().isEmpty()) {
                h.append("<p>No level went down during the period.</p>\n");
            } else {
                h.append("<div class=\"label\">Regressions</div><ul>\n");
                for (PeriodView.Regression r : t.regressions()) {
                    h.append("<li>").append(esc(r.at())).append(": ").append(esc(r.axis())).append('/').append(esc(r.track()))
                            .append(" went from level ").append(r.from()).append(" to ")
                            .append(r.to() == null ? "not applicable" : String.valueOf(r.to()));
                    if (!r.flipped().isEmpty()) {
                        h.append(" (").append(esc(String.join(", ", r.flipped()))).append(')');
                    }
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
            }
        }
        h.append("<div class=\"label\">Waivers in force</div>\n");
        if (p.waivers().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<ul>\n");
            for (Report.WaiverEntry w : p.waivers()) {
                h.append("<li>").append(esc(w.criterion())).append(" waived by ").append(esc(w.owner())).append(" until ")
                        .append(esc(w.expires())).append(": ").append(esc(w.reason())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
    }
}
