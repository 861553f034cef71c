package dev.maturity.cli;

import dev.maturity.core.render.ReportJson;
import dev.maturity.core.rubric.Criterion;
import dev.maturity.core.rubric.Rubric;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code maturity rubric}: prints the effective rubric, and which of its probes are not installed. */
@Command(name = "rubric", mixinStandardHelpOptions = true, description = "Print the effective rubric.")
public final class RubricCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rubric", paramLabel = "FILE", description = "A rubric file that overrides or extends the default.")
    Path rubricFile;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        Rubric rubric = Rubrics.load(rubricFile);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equalsIgnoreCase("json")) {
            out.println(ReportJson.MAPPER.writeValueAsString(rubric));
            out.flush();
            return ExitCodes.OK;
        }
        Set<String> installed = Preload.registry().probes().keySet();
        out.printf("rubric %s %s (%s), %d criteria%n", rubric.id(), rubric.version(), rubric.digest(), rubric.criteria().size());
        for (Criterion c : rubric.criteria()) {
            String tracks = c.tracks().size() == 2 ? "both" : c.tracks().iterator().next().id();
            out.printf("%n%s  [%s, %s, level %d, needs %s evidence]%n  %s%n  probes: %s%n", c.id(), c.axis().id(), tracks,
                    c.level(), c.minStrength().id(), c.question(), c.probes());
            if (!c.references().isEmpty()) {
                out.printf("  references: %s%n", String.join(", ", c.references()));
            }
        }
        Set<String> missing = new TreeSet<>(rubric.probeIds());
        missing.removeAll(installed);
        if (!missing.isEmpty()) {
            out.printf("%nprobes not installed (their criteria are UNKNOWN): %s%n",
                    missing.stream().collect(Collectors.joining(", ")));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
