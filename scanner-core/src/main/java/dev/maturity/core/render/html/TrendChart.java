package dev.maturity.core.render.html;

import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.history.Trends;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * An inline SVG of a target's levels over time: one step line per axis x track (a colour per axis,
 * dashed for llm, from fleet.css), levels 1-5 upwards, the first, middle and last scan dates below. A line is drawn
 * as horizontal runs that turn only where the level changes, so 52 weekly scans cost a few bytes.
 */
final class TrendChart {

    static final String[] AXIS_COLOURS = {"#2f6fd6", "#1f8a4c", "#c23a2b", "#8a6d1f", "#6b4fbb"};
    private static final int W = 520;
    private static final int H = 150;
    private static final int LEFT = 26;
    private static final int RIGHT = 8;
    private static final int TOP = 8;
    private static final int BOTTOM = 22;

    private TrendChart() {
    }

    static void svg(Trends trends, StringBuilder s) {
        List<Trends.Point> any = trends.series().values().stream().findFirst().orElse(List.of());
        if (any.isEmpty()) {
            s.append("<p class=\"muted\">No scored scan in the window.</p>\n");
            return;
        }
        Instant first = any.get(0).scannedAt();
        Instant last = any.get(any.size() - 1).scannedAt();
        long span = Math.max(1, last.getEpochSecond() - first.getEpochSecond());
        s.append("<svg class=\"trend\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"levels over time per axis and track\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<path class=\"grid\" d=\"");
        for (int level = 1; level <= 5; level++) {
            s.append('M').append(LEFT).append(' ').append(y(level, 0)).append('H').append(W - RIGHT);
        }
        s.append("\"/>");
        for (int level = 1; level <= 5; level++) {
            s.append("<text x=\"4\" y=\"").append(y(level, 0) + 4).append("\">").append(level).append("</text>");
        }
        s.append('\n');
        label(s, first, LEFT, "start");
        if (any.size() > 2) {
            label(s, any.get(any.size() / 2).scannedAt(), x(any.get(any.size() / 2).scannedAt(), first, span), "middle");
        }
        label(s, last, W - RIGHT, "end");
        s.append('\n');
        for (Map.Entry<HistoryEntry.Key, List<Trends.Point>> e : trends.series().entrySet()) {
            String path = path(e.getValue(), e.getKey(), first, span);
            if (path.isEmpty()) {
                continue;
            }
            HistoryEntry.Key k = e.getKey();
            s.append("<path class=\"series a").append(k.axis().ordinal()).append(k.track() == Track.LLM ? " llm" : "")
                    .append("\" d=\"").append(path).append("\"/>\n");
        }
        s.append("</svg>\n");
    }

    /** The legend shared by every chart on the page. */
    static void legend(StringBuilder s) {
        s.append("<div class=\"legend\">");
        for (Axis a : Axis.values()) {
            s.append("<span><span class=\"swatch\" style=\"background:").append(AXIS_COLOURS[a.ordinal()]).append("\"></span>")
                    .append(a.id()).append("</span>");
        }
        s.append("<span>solid: classical · dashed: llm</span></div>\n");
    }

    private static String path(List<Trends.Point> points, HistoryEntry.Key k, Instant first, long span) {
        StringBuilder d = new StringBuilder();
        int offset = k.axis().ordinal() * 2 - 4 + (k.track() == Track.LLM ? 1 : 0);
        Integer current = null;
        int lastX = 0;
        for (Trends.Point p : points) {
            int x = x(p.scannedAt(), first, span);
            if (p.level() == null) {
                if (current != null) {
                    d.append('H').append(x);
                }
                current = null;
                continue;
            }
            if (current == null) {
                d.append('M').append(x).append(' ').append(y(p.level(), offset));
            } else if (!current.equals(p.level())) {
                d.append('H').append(x).append('V').append(y(p.level(), offset));
            }
            current = p.level();
            lastX = x;
        }
        if (current != null) {
            d.append('H').append(Math.max(lastX, x(points.get(points.size() - 1).scannedAt(), first, span)));
        }
        return d.toString();
    }

    private static void label(StringBuilder s, Instant at, int x, String anchor) {
        s.append("<text class=\"date\" x=\"").append(x).append("\" y=\"").append(H - 6).append("\" text-anchor=\"")
                .append(anchor).append("\">").append(at.atZone(ZoneOffset.UTC).toLocalDate()).append("</text>");
    }

    private static int x(Instant at, Instant first, long span) {
        return LEFT + (int) Math.round((W - LEFT - RIGHT) * (double) (at.getEpochSecond() - first.getEpochSecond()) / span);
    }

    private static int y(int level, int offset) {
        return TOP + (int) Math.round((H - TOP - BOTTOM) * (5 - level) / 4.0) + offset;
    }
}
