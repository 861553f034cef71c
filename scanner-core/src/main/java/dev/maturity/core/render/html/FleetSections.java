package dev.maturity.core.render.html;

import static dev.maturity.core.render.html.HtmlText.esc;

import dev.maturity.core.fleet.Fleet;
import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sections of the fleet page below the matrix. */
final class FleetSections {

    /** Ranked upgrades shown; the rest are counted. */
    static final int UPGRADES = 15;

    private FleetSections() {
    }

    static void movements(String title, String id, List<Fleet.Movement> moves, Fleet f, StringBuilder h) {
        h.append("<h2 id=\"").append(id).append("\">").append(title).append(" since ").append(FleetPage.day(f.point()))
                .append(" (").append(moves.size()).append(")</h2>\n");
        if (moves.isEmpty()) {
            h.append("<p>None: no level ").append(id.equals("gains") ? "rose" : "dropped").append(" between each target's"
                    + " last scan at or before that point and its latest scan.</p>\n");
            return;
        }
        Map<String, Integer> index = index(f);
        h.append("<table class=\"moves ").append(id).append("\">\n<thead><tr><th>target</th><th>axis / track</th><th>level</th>"
                + "<th>scans (rubric)</th><th>criteria that flipped, with evidence</th></tr></thead>\n<tbody>\n");
        for (Fleet.Movement m : moves) {
            Fleet.Target t = m.target();
            h.append("<tr class=\"move\"><td><a href=\"#").append(t.anchor(index.get(t.name()))).append("\" class=\"tname\">")
                    .append(esc(t.name())).append("</a><br><small>").append(esc(FleetPage.name(t.platform()))).append(" / ")
                    .append(esc(FleetPage.name(t.team()))).append("</small></td><td>").append(m.key().axis().id()).append(" / ")
                    .append(m.key().track().id()).append("</td><td class=\"lvmove\">").append(level(m.from())).append(" → ")
                    .append(level(m.to())).append("</td><td><small>").append(FleetPage.day(m.before().scannedAt())).append(" (")
                    .append(esc(m.before().rubricVersion())).append(")<br>").append(FleetPage.day(m.after().scannedAt()))
                    .append(" (").append(esc(m.after().rubricVersion())).append(")</small></td><td><ul class=\"flips\">");
            if (m.flips().isEmpty()) {
                h.append("<li class=\"muted\">no stored criteria to compare</li>");
            }
            for (Fleet.Flip fl : m.flips()) {
                h.append("<li><code class=\"crit\">").append(esc(fl.criterion())).append("</code> ").append(outcome(fl.before()))
                        .append(" → ").append(outcome(fl.after()));
                for (String loc : fl.locators()) {
                    h.append("<br><span class=\"loc\">").append(esc(loc)).append("</span>");
                }
                h.append("</li>");
            }
            h.append("</ul></td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    static void upgrades(Fleet f, StringBuilder h) {
        h.append("<h2 id=\"upgrades\">Highest-leverage upgrades</h2>\n<p class=\"muted\">Criteria that hold targets below"
                + " their next level, ranked by how many targets would move up if each alone were met.</p>\n");
        if (f.upgrades().isEmpty()) {
            h.append("<p>None: every scored target is at level 5 or has no stored report.</p>\n");
            return;
        }
        h.append("<ol class=\"upgrades\">\n");
        for (Fleet.FleetUpgrade u : f.upgrades().subList(0, Math.min(UPGRADES, f.upgrades().size()))) {
            long lifted = u.lifts().stream().map(Fleet.Lift::target).distinct().count();
            long held = u.holds().stream().map(Fleet.Lift::target).distinct().count();
            h.append("<li class=\"upgrade\"><code class=\"crit\">").append(esc(u.criterion())).append("</code> — <strong>")
                    .append(lifted).append(" target(s) move up</strong>").append(held == 0 ? "" : ", one of several gaps for " + held)
                    .append("<div class=\"remedy\">").append(esc(u.remediation())).append("</div>");
            if (!u.lifts().isEmpty()) {
                h.append("<div class=\"lifted\">");
                for (int i = 0; i < u.lifts().size(); i++) {
                    Fleet.Lift l = u.lifts().get(i);
                    h.append(i == 0 ? "" : ", ").append("<span class=\"tname\">").append(esc(l.target())).append("</span> (")
                            .append(l.key().axis().id()).append('/').append(l.key().track().id()).append(' ').append(l.level())
                            .append("→").append(l.level() + 1).append(')');
                }
                h.append("</div>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n");
        if (f.upgrades().size() > UPGRADES) {
            h.append("<p class=\"muted\">").append(f.upgrades().size() - UPGRADES).append(" more criteria hold fewer targets.</p>\n");
        }
    }

    static void distribution(Fleet f, List<Track> tracks, StringBuilder h) {
        h.append("<h2 id=\"distribution\">Targets per level</h2>\n<table class=\"dist\">\n<thead><tr><th>axis / track</th>"
                + "<th>n/a</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th></tr></thead>\n<tbody>\n");
        int total = Math.max(1, (int) f.targets().stream().filter(t -> t.latest() != null).count());
        for (Axis a : Axis.values()) {
            for (Track t : tracks) {
                int[] counts = f.distribution().get(new HistoryEntry.Key(a, t));
                h.append("<tr><td>").append(a.id()).append(" / ").append(t.id()).append("</td>");
                for (int l = 0; l <= 5; l++) {
                    h.append("<td class=\"").append(l == 0 ? "lvna" : "lv" + l).append("\"><span class=\"bar\" style=\"width:")
                            .append(Math.round(60.0 * counts[l] / total)).append("px\"></span> ").append(counts[l]).append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</tbody></table>\n");
    }

    static void attention(Fleet f, StringBuilder h) {
        List<Fleet.Target> flagged = f.targets().stream().filter(t -> t.failing() || t.stale()).toList();
        h.append("<h2 id=\"attention\">Failing or stale targets (").append(flagged.size()).append(")</h2>\n");
        if (flagged.isEmpty()) {
            h.append("<p>None: every target's last scan was scored, within twice its usual interval.</p>\n");
            return;
        }
        Map<String, Integer> index = index(f);
        h.append("<table class=\"attention\">\n<thead><tr><th>target</th><th>last scan</th><th>usual interval</th><th>why</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Fleet.Target t : flagged) {
            h.append("<tr><td><a href=\"#").append(t.anchor(index.get(t.name()))).append("\" class=\"tname\">").append(esc(t.name()))
                    .append("</a></td><td>").append(esc(t.lastScan().scannedAt().toString())).append("</td><td>")
                    .append(t.usualInterval() == null ? "—" : hours(t.usualInterval())).append("</td><td>");
            if (t.failing()) {
                h.append("<span class=\"flag\">").append(esc(t.lastScan().status().toLowerCase(java.util.Locale.ROOT)))
                        .append("</span> ").append(esc(t.lastScan().reason()));
            }
            if (t.stale()) {
                h.append(t.failing() ? "<br>" : "").append("<span class=\"flag\">stale</span> no scan since ")
                        .append(FleetPage.day(t.lastScan().scannedAt()));
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    static void targets(Fleet f, List<Track> tracks, StringBuilder h) {
        h.append("<h2 id=\"targets\">Targets</h2>\n");
        TrendChart.legend(h);
        List<Fleet.Target> targets = f.targets();
        for (int i = 0; i < targets.size(); i++) {
            Fleet.Target t = targets.get(i);
            h.append("<section class=\"target\" id=\"").append(t.anchor(i)).append("\">\n<h3><span class=\"tname\">")
                    .append(esc(t.name())).append("</span> <span class=\"lvtag\">").append(esc(FleetPage.name(t.platform())))
                    .append(" / ").append(esc(FleetPage.name(t.team()))).append(" · ").append(t.scans().size())
                    .append(" scan(s)").append(t.latest() == null ? ", none scored" : ", latest scored "
                            + FleetPage.day(t.latest().scannedAt()) + " under rubric " + esc(t.latest().rubricVersion()))
                    .append("</span></h3>\n");
            TrendChart.svg(t.trends(), h);
            if (t.report() != null) {
                String anchor = t.anchor(i);
                h.append("<div class=\"cells\">\n");
                for (Axis a : Axis.values()) {
                    for (Track tr : tracks) {
                        t.report().axis(a, tr).filter(AxisResult::applicable).ifPresent(r -> criteria(anchor, r, h));
                    }
                }
                h.append("</div>\n");
            }
            h.append("</section>\n");
        }
    }

    /** The criteria of one axis x track of the latest scan, by outcome then level; the cell of the matrix links here. */
    private static void criteria(String anchor, AxisResult r, StringBuilder h) {
        h.append("<div class=\"cell\" id=\"").append(FleetPage.cellAnchor(anchor, r.axis(), r.track()))
                .append("\"><b>").append(r.axis().id()).append(" / ").append(r.track().id()).append("</b> level ").append(r.level());
        if (r.ceiling() != null && r.ceiling() > r.level()) {
            h.append(" ^").append(r.ceiling());
        }
        h.append("<ul class=\"crits\">");
        for (Outcome o : Outcome.values()) {
            List<CriterionResult> with = r.criteria().stream().filter(c -> c.outcome() == o).toList();
            if (with.isEmpty()) {
                continue;
            }
            h.append("<li class=\"").append(o.name()).append("\"><b>").append(o.name().replace('_', ' ')).append("</b> ");
            int level = -1;
            for (CriterionResult c : with.stream().sorted(java.util.Comparator.comparingInt(CriterionResult::level)).toList()) {
                if (c.level() != level) {
                    h.append(level < 0 ? "L" : " · L").append(c.level()).append(' ');
                    level = c.level();
                } else {
                    h.append(", ");
                }
                h.append(esc(c.id()));
            }
            h.append("</li>");
        }
        h.append("</ul></div>\n");
    }

    private static Map<String, Integer> index(Fleet f) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < f.targets().size(); i++) {
            out.put(f.targets().get(i).name(), i);
        }
        return out;
    }

    private static String outcome(Outcome o) {
        return o == null ? "<span class=\"pill NOT_APPLICABLE\">absent</span>" : CriteriaSection.pill(o);
    }

    private static String level(Integer l) {
        return l == null ? "n/a" : String.valueOf(l);
    }

    private static String hours(java.time.Duration d) {
        return d.toHours() >= 48 ? d.toDays() + " d" : d.toHours() + " h";
    }
}
