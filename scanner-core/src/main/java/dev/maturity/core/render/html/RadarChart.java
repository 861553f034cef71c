package dev.maturity.core.render.html;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.Report;
import java.util.Locale;

/** An inline SVG radar of the five axes, one polygon per applicable track; no script, no external request. */
final class RadarChart {

    private static final double CX = 230;
    private static final double CY = 190;
    private static final double R = 135;

    private RadarChart() {
    }

    static String svg(Report report) {
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"radar\" viewBox=\"0 0 460 380\" role=\"img\" aria-label=\"levels of the five axes per track\""
                + " xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (int level = 1; level <= 5; level++) {
            s.append("<polygon points=\"").append(ring(level)).append("\" fill=\"none\" stroke=\"#dde2ea\"")
                    .append(level == 5 ? " stroke-width=\"1.5\"" : "").append("/>\n");
        }
        Axis[] axes = Axis.values();
        for (int i = 0; i < axes.length; i++) {
            double[] p = point(i, 5);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dde2ea\"/>%n",
                    CX, CY, p[0], p[1]));
            double[] l = point(i, 5.9);
            String anchor = Math.abs(l[0] - CX) < 8 ? "middle" : l[0] < CX ? "end" : "start";
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" fill=\"#1d2330\" "
                    + "text-anchor=\"%s\" dominant-baseline=\"middle\">%s</text>%n", l[0], l[1], anchor, axes[i].id()));
        }
        for (int level = 1; level <= 5; level++) {
            double[] p = point(0, level);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#8b93a1\">%d</text>%n",
                    p[0] + 4, p[1] + 3, level));
        }
        for (Track t : Track.values()) {
            String color = t == Track.CLASSICAL ? "#2f6fd6" : "#e0792b";
            StringBuilder pts = new StringBuilder();
            boolean applicable = true;
            for (int i = 0; i < axes.length; i++) {
                AxisResult a = report.axis(axes[i], t).orElse(null);
                if (a == null || !a.applicable()) {
                    applicable = false;
                    break;
                }
                double[] p = point(i, a.level());
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
            }
            if (!applicable) {
                continue;
            }
            s.append("<polygon class=\"track-").append(t.id()).append("\" points=\"").append(pts.toString().trim())
                    .append("\" fill=\"").append(color).append("\" fill-opacity=\"0.18\" stroke=\"").append(color)
                    .append("\" stroke-width=\"2.5\"><title>").append(t.id()).append("</title></polygon>\n");
            for (String xy : pts.toString().trim().split(" ")) {
                String[] c = xy.split(",");
                s.append("<circle cx=\"").append(c[0]).append("\" cy=\"").append(c[1]).append("\" r=\"4\" fill=\"")
                        .append(color).append("\"/>\n");
            }
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String ring(int level) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Axis.values().length; i++) {
            double[] p = point(i, level);
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        }
        return sb.toString().trim();
    }

    /** Axis i at a level (0..5), starting at the top and going clockwise. */
    private static double[] point(int i, double level) {
        double angle = -Math.PI / 2 + i * 2 * Math.PI / Axis.values().length;
        double r = R * level / 5.0;
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }
}
