package dev.maturity.core.render;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Mismatch;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.TrackSummary;
import dev.maturity.core.spi.SourceReport;
import java.io.IOException;
import java.util.Optional;

/** The terminal table: axes x tracks with level, ceiling and the top next step; verbose adds criteria and evidence. */
public final class TextRenderer implements Renderer {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void render(Report r, RenderOptions options, Appendable terminal) throws IOException {
        StringBuilder out = new StringBuilder(4096);
        table(r, options, out);
        terminal.append(Escape.terminalLines(out));
    }

    private static void table(Report r, RenderOptions options, StringBuilder out) throws IOException {
        out.append("maturity ").append(r.tool().version()).append(" - rubric ").append(r.rubric().id()).append(' ')
                .append(r.rubric().version()).append(" - as of ").append(r.asOf()).append('\n');
        for (SourceReport s : r.sources()) {
            out.append("  source ").append(s.kind());
            if (s.uri() != null) {
                out.append(' ').append(Escape.terminal(s.uri()));
            }
            if (s.revision() != null) {
                out.append(" @ ").append(shortRev(s.revision()));
            }
            out.append("  ").append(s.status().name());
            if (!s.message().isBlank()) {
                out.append(": ").append(Escape.terminal(s.message()));
            }
            out.append('\n');
        }
        out.append('\n');
        out.append(String.format("%-16s %-14s %-14s %s%n", "AXIS", "CLASSICAL", "LLM", "TOP NEXT STEP"));
        for (Axis axis : Axis.values()) {
            AxisResult c = r.axis(axis, Track.CLASSICAL).orElseThrow();
            AxisResult l = r.axis(axis, Track.LLM).orElseThrow();
            out.append(String.format("%-16s %-14s %-14s %s%n", axis.id(), cell(c), cell(l), topNext(r, c, l)));
        }
        out.append('\n');
        track(out, "classical", r.summary().classical());
        track(out, "llm", r.summary().llm());
        for (Mismatch m : r.summary().mismatches()) {
            out.append("mismatch: ").append(Escape.terminal(m.message())).append('\n');
        }
        if (r.summary().upgrade() != null) {
            out.append("highest-leverage upgrade").append(r.summary().upgradeTarget() != null ? ""
                    : " (platform level " + r.summary().platformLevel() + ")").append(": ")
                    .append(Escape.terminal(r.summary().upgrade())).append('\n');
        }
        if (!r.unreadable().isEmpty()) {
            out.append('\n').append("unreadable (").append(String.valueOf(r.unreadable().size())).append("):\n");
            for (Report.UnreadableEntry u : r.unreadable()) {
                out.append("  ").append(Escape.terminal(u.locator())).append(": ").append(Escape.terminal(u.message())).append('\n');
            }
        }
        if (options.verbose()) {
            verbose(r, out);
        } else {
            out.append("\n(level ^ceiling: the ceiling is reachable if UNKNOWN criteria were proven; --verbose lists criteria and evidence)\n");
        }
    }

    private static void track(StringBuilder out, String name, TrackSummary s) throws IOException {
        if (s == null) {
            return;
        }
        if (s.applicable()) {
            out.append(name).append(": level ").append(String.valueOf(s.level())).append(" (minimum over axes ")
                    .append(String.valueOf(s.axes())).append(") - detected: ").append(Escape.terminal(s.detection())).append('\n');
        } else {
            out.append(name).append(": not applicable - ").append(Escape.terminal(s.detection())).append('\n');
        }
    }

    private static String cell(AxisResult a) {
        if (!a.applicable()) {
            return "n/a";
        }
        String s = String.valueOf(a.level());
        if (a.ceiling() != null && a.ceiling() > a.level()) {
            s += " ^" + a.ceiling();
        }
        if (a.levelWithWaivers() != null && !a.levelWithWaivers().equals(a.level())) {
            s += " (w:" + a.levelWithWaivers() + ")";
        }
        return s;
    }

    private static String topNext(Report r, AxisResult c, AxisResult l) {
        AxisResult lower = !c.applicable() ? l : !l.applicable() ? c : (l.level() < c.level() ? l : c);
        if (!lower.applicable() || lower.next().isEmpty()) {
            return lower.applicable() && lower.level() == 5 ? "-" : "";
        }
        String id = lower.next().get(0);
        Optional<CriterionResult> cr = lower.criteria().stream().filter(x -> x.id().equals(id)).findFirst();
        return lower.track().id() + ": " + id + (cr.map(x -> (x.outcome() == Outcome.UNKNOWN ? " (unknown)" : "")
                + Alternatives.suffix(lower, x)).orElse(""));
    }

    private static void verbose(Report r, StringBuilder out) throws IOException {
        ignored(r, out);
        for (AxisResult a : r.axes()) {
            if (!a.applicable()) {
                continue;
            }
            out.append('\n').append(a.axis().id()).append(" / ").append(a.track().id()).append(": level ")
                    .append(String.valueOf(a.level())).append(", ceiling ").append(String.valueOf(a.ceiling())).append('\n');
            for (CriterionResult c : a.criteria()) {
                out.append(String.format("  L%d %-15s %-34s %s%n", c.level(), c.outcome().name(), Escape.terminal(c.id()), Escape.terminal(c.summary())));
                Optional<String> group = Alternatives.notNeeded(a, c).or(() -> Alternatives.describe(a, c));
                if (group.isPresent()) {
                    out.append("        ").append(Escape.terminal(group.get())).append('\n');
                }
                for (Evidence e : c.evidence()) {
                    out.append("        ").append(e.strength().id()).append(' ').append(Escape.terminal(e.locator()));
                    if (!e.detail().isBlank()) {
                        out.append("  ").append(Escape.terminal(e.detail()));
                    }
                    out.append('\n');
                }
            }
        }
    }

    /** What the sources left out on purpose, rule by rule, each file named (up to the cap) so nothing is silently absent. */
    private static void ignored(Report r, StringBuilder out) throws IOException {
        if (r.ignored().isEmpty()) {
            return;
        }
        out.append('\n').append("ignored (").append(String.valueOf(r.ignored().stream().mapToInt(Report.IgnoredEntry::files).sum()))
                .append(" files left out on purpose):\n");
        for (Report.IgnoredEntry i : r.ignored()) {
            out.append("  ").append(Escape.terminal(i.tree())).append(" by ").append(Escape.terminal(i.rule())).append(" (")
                    .append(String.valueOf(i.files())).append(i.files() == 1 ? " file" : " files").append(")\n");
            for (String l : i.locators()) {
                out.append("        ").append(Escape.terminal(l)).append('\n');
            }
            if (i.files() > i.locators().size()) {
                out.append("        … and ").append(String.valueOf(i.files() - i.locators().size())).append(" more\n");
            }
        }
    }

    private static String shortRev(String rev) {
        return rev.length() > 12 ? rev.substring(0, 12) : rev;
    }

}
