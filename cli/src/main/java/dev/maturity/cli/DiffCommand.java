package dev.maturity.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.gate.Flip;
import dev.maturity.core.gate.LevelChange;
import dev.maturity.core.gate.ReportDiff;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.score.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maturity diff OLD.json NEW.json}: level changes per axis x track and the criteria that flipped. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two JSON reports: level changes per axis x track and the criteria that flipped.")
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier report.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "The later report.")
    Path after;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("json")) {
            throw new ExitCodes.UsageException("diff --format is text or json, not '" + format + "'");
        }
        Report old = GateOptions.read(before);
        Report now = GateOptions.read(after);
        ReportDiff diff = ReportDiff.between(old, now);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equalsIgnoreCase("json")) {
            ObjectNode root = ReportJson.MAPPER.valueToTree(diff);
            root.put("before", before.toString());
            root.put("after", after.toString());
            out.println(ReportJson.MAPPER.writeValueAsString(root));
        } else {
            text(old, now, diff, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void text(Report old, Report now, ReportDiff diff, PrintWriter out) {
        out.printf("%s  as of %s, rubric %s %s%n", before, old.asOf(), old.rubric().id(), old.rubric().version());
        out.printf("%s  as of %s, rubric %s %s%n", after, now.asOf(), now.rubric().id(), now.rubric().version());
        out.println();
        if (diff.changes().isEmpty()) {
            out.println("levels: unchanged");
        } else {
            out.println("levels:");
            for (LevelChange c : diff.changes()) {
                String arrow = c.dropped() ? "  (dropped)" : "";
                out.println("  " + c + arrow);
            }
        }
        if (diff.flips().isEmpty()) {
            out.println("criteria: none flipped");
        } else {
            out.println("criteria that flipped:");
            for (Flip f : diff.flips()) {
                out.println("  " + f + (f.regressed() ? "  (regressed)" : ""));
            }
        }
        for (String w : diff.warnings()) {
            out.println("warning: " + w);
        }
    }
}
