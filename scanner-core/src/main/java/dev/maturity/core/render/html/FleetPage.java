package dev.maturity.core.render.html;

import static dev.maturity.core.render.html.HtmlText.esc;

import dev.maturity.core.fleet.Fleet;
import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The platform view as one self-contained page (the scan report's frame, CSP and styles; inline SVG;
 * no script, no request): the matrix of targets grouped by platform and team x five axes x the tracks
 * that apply, each cell linking to the criteria of the target's latest scan; regressions and gains with
 * the flipped criteria; ranked upgrades; the distribution; failing or stale targets; per target trends.
 */
public final class FleetPage {

    private static final String CSS = HtmlPage.css("fleet.css");

    private FleetPage() {
    }

    public static String render(Fleet f) {
        StringBuilder h = new StringBuilder(64 * 1024 + f.targets().size() * 4096);
        HtmlPage.open(h, "Platform maturity - " + day(f.now()), CSS);
        h.append("<h1>Platform view</h1>\n<div class=\"meta\">history ").append(esc(f.store())).append(" · as of ")
                .append(esc(f.now().toString())).append(" · changes since ").append(esc(f.point().toString())).append("</div>\n");
        if (f.targets().isEmpty()) {
            h.append("<p class=\"empty\">There are no scans yet. A platform scan with <code>--history</code> records one"
                    + " per target; this page fills in after the first.</p>\n");
            HtmlPage.close(h);
            return h.toString();
        }
        cards(f, h);
        List<Track> tracks = tracks(f);
        h.append("<h2 id=\"matrix\">Levels of every target</h2>\n");
        matrix(f, tracks, h);
        FleetSections.movements("Regressions", "regressions", f.regressions(), f, h);
        FleetSections.movements("Gains", "gains", f.gains(), f, h);
        FleetSections.upgrades(f, h);
        FleetSections.distribution(f, tracks, h);
        FleetSections.attention(f, h);
        FleetSections.targets(f, tracks, h);
        if (!f.unreadable().isEmpty()) {
            h.append("<h2>Reports that could not be read</h2>\n<ul class=\"tight\">\n");
            f.unreadable().forEach(u -> h.append("<li class=\"warn\">").append(esc(u)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("<footer>A level counts only MET criteria; ^ is the ceiling (UNKNOWN read as MET); ? is the share of"
                + " criteria that are UNKNOWN. Upgrades are computed from each target's latest stored report by scoring"
                + " the axis again with the one criterion met.</footer>\n");
        HtmlPage.close(h);
        return h.toString();
    }

    private static void cards(Fleet f, StringBuilder h) {
        long platforms = f.targets().stream().map(Fleet.Target::platform).distinct().count();
        long failing = f.targets().stream().filter(Fleet.Target::failing).count();
        long stale = f.targets().stream().filter(Fleet.Target::stale).count();
        h.append("<div class=\"cards six\">\n");
        card(h, "targets", f.targets().size(), platforms + " platform(s)", "");
        card(h, "regressions", f.regressions().size(), "since " + day(f.point()), f.regressions().isEmpty() ? "" : " fail");
        card(h, "gains", f.gains().size(), "since " + day(f.point()), f.gains().isEmpty() ? "" : " pass");
        card(h, "failing", failing, "last scan failed", failing == 0 ? "" : " fail");
        card(h, "stale", stale, "no scan in 2x the usual interval", stale == 0 ? "" : " fail");
        card(h, "upgrades", f.upgrades().size(), "criteria holding targets back", "");
        h.append("</div>\n");
    }

    private static void card(StringBuilder h, String label, long value, String sub, String cls) {
        h.append("<div class=\"card").append(cls).append("\"><div class=\"label\">").append(label)
                .append("</div><div class=\"value\">").append(value).append("</div><div class=\"sub\">").append(esc(sub))
                .append("</div></div>\n");
    }

    /** The tracks that apply to at least one target's latest scan (both when none was scored). */
    static List<Track> tracks(Fleet f) {
        List<Track> out = java.util.Arrays.stream(Track.values()).filter(t -> f.targets().stream()
                .anyMatch(x -> x.latest() != null && java.util.Arrays.stream(Axis.values())
                        .anyMatch(a -> x.latest().level(new HistoryEntry.Key(a, t)).map(HistoryEntry.Level::applicable)
                                .orElse(false)))).toList();
        return out.isEmpty() ? List.of(Track.values()) : out;
    }

    private static void matrix(Fleet f, List<Track> tracks, StringBuilder h) {
        h.append("<table class=\"fleet\">\n<thead><tr><th rowspan=\"2\">target</th><th rowspan=\"2\">rubric</th>");
        for (Axis a : Axis.values()) {
            h.append("<th colspan=\"").append(tracks.size()).append("\" class=\"ax\">").append(a.id()).append("</th>");
        }
        h.append("</tr>\n<tr>");
        for (int i = 0; i < Axis.values().length; i++) {
            tracks.forEach(t -> h.append("<th class=\"tr\">").append(t.id()).append("</th>"));
        }
        h.append("</tr></thead>\n<tbody>\n");
        String group = null;
        List<Fleet.Target> targets = f.targets();
        for (int i = 0; i < targets.size(); i++) {
            Fleet.Target t = targets.get(i);
            String g = name(t.platform()) + " / " + name(t.team());
            if (!Objects.equals(g, group)) {
                group = g;
                h.append("<tr class=\"group\"><th colspan=\"").append(2 + Axis.values().length * tracks.size())
                        .append("\">platform ").append(esc(name(t.platform()))).append(" · team ").append(esc(name(t.team())))
                        .append("</th></tr>\n");
            }
            h.append("<tr><td class=\"tname\"><a href=\"#").append(t.anchor(i)).append("\">").append(esc(t.name()))
                    .append("</a>").append(t.failing() ? " <span class=\"flag\">failing</span>" : "")
                    .append(t.stale() ? " <span class=\"flag\">stale</span>" : "").append("</td><td class=\"rv\">")
                    .append(esc(t.latest() == null ? "—" : t.latest().rubricVersion())).append("</td>");
            for (Axis a : Axis.values()) {
                for (Track tr : tracks) {
                    cell(t, i, a, tr, h);
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void cell(Fleet.Target t, int index, Axis a, Track tr, StringBuilder h) {
        AxisResult r = t.report() == null ? null : t.report().axis(a, tr).orElse(null);
        HistoryEntry.Level l = t.latest() == null ? null : t.latest().level(new HistoryEntry.Key(a, tr)).orElse(null);
        if (l == null || !l.applicable() || l.level() == null) {
            h.append("<td class=\"lv lvna\">").append(t.latest() == null ? "—" : "n/a").append("</td>");
            return;
        }
        h.append("<td class=\"lv lv").append(Math.max(1, Math.min(5, l.level()))).append("\"><a href=\"#")
                .append(cellAnchor(t.anchor(index), a, tr)).append("\">").append(l.level()).append("</a>");
        String unknown = r == null ? "" : unknownShare(r);
        if ((l.ceiling() != null && l.ceiling() > l.level()) || !unknown.isEmpty()) {
            h.append("<small>");
            if (l.ceiling() != null && l.ceiling() > l.level()) {
                h.append('^').append(l.ceiling());
            }
            if (!unknown.isEmpty()) {
                h.append(l.ceiling() != null && l.ceiling() > l.level() ? " " : "").append(unknown);
            }
            h.append("</small>");
        }
        h.append("</td>");
    }

    /** The share of criteria that are UNKNOWN, as "?40%", or empty when none is. */
    static String unknownShare(AxisResult r) {
        List<CriterionResult> applicable = r.criteria().stream().filter(c -> c.outcome() != Outcome.NOT_APPLICABLE).toList();
        long unknown = applicable.stream().filter(c -> c.rawOutcome() == Outcome.UNKNOWN).count();
        return unknown == 0 ? "" : "?" + Math.round(100.0 * unknown / applicable.size()) + "%";
    }

    /** The id of a target's criteria for one axis x track: short, because a fleet has ten of them per target. */
    static String cellAnchor(String target, Axis a, Track t) {
        return target + "-" + a.ordinal() + t.id().charAt(0);
    }

    static String name(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }

    static String day(java.time.Instant i) {
        return i.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
