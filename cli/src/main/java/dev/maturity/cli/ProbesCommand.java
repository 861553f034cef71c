package dev.maturity.cli;

import dev.maturity.core.render.ReportJson;
import dev.maturity.core.rubric.Rubric;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code maturity probes}: every installed probe with the question it answers, its remediation, its
 * references and the rubric criteria that use it; {@code --format markdown} is docs/probes.md.
 */
@Command(name = "probes", mixinStandardHelpOptions = true,
        description = "List every installed probe: id, source, question, remediation, references, the criteria that use it.")
public final class ProbesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rubric", paramLabel = "FILE", description = "A rubric file that overrides or extends the default.")
    Path rubricFile;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        Rubric rubric = Rubrics.load(rubricFile);
        ProbeCatalogue catalogue = ProbeCatalogue.of(Preload.registry().probes().values(), rubric);
        PrintWriter out = spec.commandLine().getOut();
        switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> out.println(ReportJson.MAPPER.writeValueAsString(catalogue));
            case "markdown", "md" -> out.print(catalogue.markdown());
            case "text" -> out.print(catalogue.text());
            default -> throw new ExitCodes.UsageException("unknown format '" + format + "' (available: text, json, markdown)");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
