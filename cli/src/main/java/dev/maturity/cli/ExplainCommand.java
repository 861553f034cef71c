package dev.maturity.cli;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.render.Alternatives;
import dev.maturity.core.render.html.EvidenceLinks;
import dev.maturity.core.rubric.Criterion;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.scan.Scan;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.ScanRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maturity explain CRITERION|AXIS}: why a criterion or axis stands where it does, with evidence, and what the next level needs. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a criterion or an axis: outcome and evidence per track, and what is missing for the next level.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CRITERION|AXIS", description = "A criterion id (eval.regression-suite-in-ci) or an axis (evaluation).")
    String topic;

    @Parameters(index = "1..*", paramLabel = "PATH", description = "Repositories to scan when no --report is given (default: .).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--report", paramLabel = "REPORT.json", description = "Explain from this JSON report instead of scanning.")
    Path reportFile;

    @Option(names = "--rubric", paramLabel = "FILE", description = "A rubric file that overrides or extends the default.")
    Path rubricFile;

    @Override
    public Integer call() {
        Optional<Axis> axis = axis(topic);
        Report report;
        if (reportFile != null) {
            report = GateOptions.read(reportFile);
        } else {
            Rubric rubric = Rubrics.load(rubricFile);
            if (axis.isEmpty() && rubric.criterion(topic.trim()).isEmpty()) {
                throw unknown(topic.trim(), rubric.criteria().stream().map(Criterion::id).toList(), "the rubric");
            }
            report = scan(rubric);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (axis.isPresent()) {
            explainAxis(report, axis.get(), out);
        } else {
            explainCriterion(report, topic.trim(), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Report scan(Rubric rubric) {
        ScanRequest request = new ScanRequest(targets.isEmpty() ? List.of(".") : targets, null, Clock.systemUTC().instant(),
                Map.of(), System.getenv(), Path.of("").toAbsolutePath());
        return new Scan(Preload.registry(), rubric, Clock.systemUTC()).run(request);
    }

    /** Names the unknown criterion, with the known ids that look like it. */
    private static ExitCodes.UsageException unknown(String id, List<String> known, String where) {
        List<String> close = known.stream().distinct()
                .filter(x -> x.contains(id.toLowerCase(Locale.ROOT)) || id.contains(x)).sorted().toList();
        return new ExitCodes.UsageException("no criterion or axis '" + id + "' in " + where
                + (close.isEmpty() ? " (maturity rubric lists the criteria)" : "; did you mean " + String.join(", ", close) + "?"));
    }

    private static Optional<Axis> axis(String topic) {
        try {
            return Optional.of(Axis.parse(topic));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void explainAxis(Report r, Axis axis, PrintWriter out) {
        out.println(axis.id());
        for (AxisResult a : r.axes()) {
            if (a.axis() != axis) {
                continue;
            }
            if (!a.applicable()) {
                out.printf("%n%s: not applicable (no %s workload detected)%n", a.track().id(), a.track().id());
                continue;
            }
            out.printf("%n%s: level %d, ceiling %d%s%n", a.track().id(), a.level(), a.ceiling(),
                    a.levelWithWaivers() != null && !a.levelWithWaivers().equals(a.level())
                            ? ", " + a.levelWithWaivers() + " with waivers" : "");
            for (CriterionResult c : a.criteria()) {
                out.printf("  L%d %-15s %s%s%n", c.level(), outcome(c), c.id(),
                        Alternatives.notNeeded(a, c).or(() -> Alternatives.describe(a, c)).map(g -> "  [" + g + "]").orElse(""));
            }
            if (a.level() < 5) {
                out.printf("  to reach level %d:%n", a.level() + 1);
                for (String id : a.next()) {
                    a.criteria().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c ->
                            out.printf("    %s (%s)%s: %s%n", c.id(), outcome(c), Alternatives.suffix(a, c), c.remediation()));
                }
            }
        }
    }

    private static void explainCriterion(Report r, String id, PrintWriter out) {
        List<AxisResult> holding = r.axes().stream().filter(a -> a.criteria().stream().anyMatch(c -> c.id().equals(id))).toList();
        if (holding.isEmpty()) {
            throw unknown(id, r.axes().stream().flatMap(a -> a.criteria().stream()).map(CriterionResult::id).toList(), "the report");
        }
        EvidenceLinks links = new EvidenceLinks(r);
        CriterionResult first = criterion(holding.get(0), id);
        out.printf("%s - %s%n%s, level %d, needs %s evidence%n", id, first.question(), holding.get(0).axis().id(), first.level(),
                first.strength());
        if (!first.references().isEmpty()) {
            out.println("references: " + String.join(", ", first.references()));
        }
        for (AxisResult a : holding) {
            CriterionResult c = criterion(a, id);
            out.printf("%n%s: %s%s%n", a.track().id(), outcome(c), c.summary() == null || c.summary().isBlank() ? "" : " - " + c.summary());
            if (c.waiver() != null) {
                out.printf("  waived by %s until %s: %s%n", c.waiver().owner(), c.waiver().expires(), c.waiver().reason());
            }
            for (Evidence e : c.evidence()) {
                out.printf("  %s %s%s%n", e.strength().id(), e.locator(), e.detail().isBlank() ? "" : "  " + e.detail());
                links.url(e).ifPresent(u -> out.println("    " + u));
                EvidenceLinks.command(e).ifPresent(cmd -> out.println("    $ " + cmd));
            }
            Alternatives.describe(a, c).ifPresent(g -> out.printf("  %s%n", g));
            Optional<String> notNeeded = Alternatives.notNeeded(a, c);
            if (a.applicable() && notNeeded.isPresent()) {
                out.printf("  %s; holds nothing back%n", notNeeded.get());
            } else if (a.applicable() && c.outcome() != Outcome.MET && c.outcome() != Outcome.NOT_APPLICABLE) {
                String effect = c.level() <= a.level() + 1
                        ? "holds " + a.axis().id() + "/" + a.track().id() + " at level " + a.level()
                        : "needed for level " + c.level() + " (the axis is at " + a.level() + ")";
                out.printf("  %s%n  next: %s%n", effect, c.remediation());
            }
        }
    }

    private static CriterionResult criterion(AxisResult a, String id) {
        return a.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static String outcome(CriterionResult c) {
        return c.waiver() != null ? "WAIVED(" + c.waiver().rawOutcome() + ")" : c.outcome().name();
    }
}
