package dev.maturity.core.render.prometheus;

import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.Renderer;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.SourceReport;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Writes levels in the Prometheus text exposition format: {@code maturity_level} and
 * {@code maturity_ceiling} per target x axis x track, scan status and time per target, the scanner's
 * build ({@code maturity_build_info}), and, only when asked ({@code --verbose}),
 * {@code maturity_criterion_outcome} per criterion.
 */
public final class PrometheusRenderer implements Renderer {

    /**
     * One target's scan: a report when scored, else only its status; {@code platform} and {@code team}
     * (from maturity.yaml, null for an ad-hoc scan) label every series of the target so dashboards and
     * alerts can group and route by team.
     */
    public record Scanned(String target, String platform, String team, String status, Report report) {

        /** An ad-hoc scan: no platform, no team. */
        public Scanned(String target, String status, Report report) {
            this(target, null, null, status, report);
        }

        /** The target's identifying labels followed by {@code more}: target, then platform and team when set. */
        String[] labels(String... more) {
            List<String> out = new java.util.ArrayList<>(List.of("target", target));
            if (platform != null && !platform.isEmpty()) {
                out.addAll(List.of("platform", platform));
            }
            if (team != null && !team.isEmpty()) {
                out.addAll(List.of("team", team));
            }
            out.addAll(List.of(more));
            return out.toArray(String[]::new);
        }
    }

    @Override
    public String format() {
        return "prometheus";
    }

    @Override
    public String extension() {
        return "prom";
    }

    @Override
    public void render(Report report, RenderOptions options, Appendable out) throws IOException {
        write(List.of(new Scanned(targetOf(report), "SCORED", report)), options.verbose(), out);
    }

    /** Every target's series, each metric family once. */
    public static void write(List<Scanned> scans, boolean criteria, Appendable out) throws IOException {
        family(out, "maturity_level", "Maturity level of an axis for a track; counts only criteria proven MET.");
        for (Scanned s : scans) {
            for (AxisResult a : axes(s)) {
                sample(out, "maturity_level", a.level(), s.labels("axis", a.axis().id(), "track", a.track().id()));
            }
        }
        family(out, "maturity_ceiling", "Highest level provable if the UNKNOWN criteria were met; above the level means sources are missing.");
        for (Scanned s : scans) {
            for (AxisResult a : axes(s)) {
                sample(out, "maturity_ceiling", a.ceiling(), s.labels("axis", a.axis().id(), "track", a.track().id()));
            }
        }
        family(out, "maturity_scan_success", "1 when the target's last scan was scored, 0 when it failed or timed out.");
        for (Scanned s : scans) {
            sample(out, "maturity_scan_success", s.report() != null ? 1 : 0,
                    s.labels("status", s.status().toLowerCase(Locale.ROOT)));
        }
        family(out, "maturity_scan_timestamp_seconds", "When the target's report was produced (Unix time).");
        for (Scanned s : scans) {
            if (s.report() != null) {
                sample(out, "maturity_scan_timestamp_seconds", Instant.parse(s.report().scannedAt()).getEpochSecond(),
                        s.labels());
            }
        }
        Report any = scans.stream().map(Scanned::report).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (any != null) {
            family(out, "maturity_build_info", "Always 1; the version label names the scanner's version and build commit.");
            sample(out, "maturity_build_info", 1, "version", any.tool().version());
        }
        if (criteria) {
            family(out, "maturity_criterion_outcome", "1 for each criterion, labelled with its outcome.");
            for (Scanned s : scans) {
                for (AxisResult a : axes(s)) {
                    for (CriterionResult c : a.criteria()) {
                        sample(out, "maturity_criterion_outcome", 1, s.labels("axis", a.axis().id(),
                                "track", a.track().id(), "criterion", c.id(),
                                "outcome", c.outcome().name().toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
    }

    private static List<AxisResult> axes(Scanned s) {
        return s.report() == null ? List.of() : s.report().axes().stream().filter(AxisResult::applicable).toList();
    }

    private static void family(Appendable out, String name, String help) throws IOException {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
    }

    private static void sample(Appendable out, String name, Number value, String... labels) throws IOException {
        if (value == null) {
            return;
        }
        out.append(name).append('{');
        for (int i = 0; i < labels.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            out.append(labels[i]).append("=\"").append(escape(labels[i + 1])).append('"');
        }
        out.append("} ").append(String.valueOf(value)).append('\n');
    }

    static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** A single scan's target label: the last path segment of its first source, else "default". */
    public static String targetOf(Report report) {
        for (SourceReport s : report.sources()) {
            if (s.uri() != null && !s.uri().isBlank()) {
                String u = s.uri().replaceAll("[/\\\\]+$", "");
                String last = u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('\\')) + 1);
                return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
            }
        }
        return "default";
    }
}
