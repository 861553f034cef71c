package dev.maturity.cli;

import dev.maturity.core.gate.Gate;
import dev.maturity.core.gate.GateResult;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.Renderer;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.scan.Registry;
import dev.maturity.core.scan.Scan;
import dev.maturity.core.score.Report;
import dev.maturity.core.secret.Redactor;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.waiver.Waiver;
import dev.maturity.core.waiver.WaiverFile;
import dev.maturity.core.waiver.Waivers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maturity scan}: collect evidence, score it, print the report. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan repositories (and MLflow, Kubernetes when configured) and report maturity levels.")
public final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH|URL", arity = "0..*",
            description = "Git repositories to scan (default: the repository of the current directory).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Output formats: text, json, sarif, junit, markdown, html (repeatable or comma-separated; "
                    + "default: text). Several formats need --output-dir.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write one file per format here (maturity.json, maturity.sarif, maturity.xml, ...).")
    Path outputDir;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "A YAML waiver file: criterion, optional track/repository, reason, owner, expires.")
    Path waiversFile;

    @Mixin
    GateOptions gateOptions = new GateOptions();

    @Option(names = "--ref", paramLabel = "REF", description = "Commit, branch or tag to read (default: HEAD).")
    String ref;

    @Option(names = "--rubric", paramLabel = "FILE", description = "A rubric file that overrides or extends the default.")
    Path rubricFile;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Reference time for history windows (ISO date or instant; default: now).")
    String asOf;

    @Option(names = {"-v", "--verbose"}, description = "List every criterion with its evidence locators.")
    boolean verbose;

    @Mixin
    SourceOptions sources = new SourceOptions();

    /** The environment collectors read credentials and source settings from; tests replace it. */
    Map<String, String> environment = System.getenv();

    /** The environment, with the opt-ins given as flags; its credentials are registered with the redactor. */
    private Map<String, String> environment() {
        return sources.environment(environment);
    }

    @Mixin
    PlatformOptions platform = new PlatformOptions();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        HistoryStore history = OptionChecks.check(this);
        if (platform.platformScan()) {
            return new PlatformScan(this, environment()).run();
        }
        Map<String, Renderer> renderers = renderers();
        Instant reference = Dates.parseAsOf(asOf, Clock.systemUTC());
        Gate gate = gateOptions.gate();
        Path workDir = Path.of("").toAbsolutePath();
        BaselineRef baselineRef = gateOptions.baselineRef == null ? null
                : new BaselineRef(gateOptions.baselineRef, gitTargets(), workDir, spec.commandLine().getErr());
        Rubric rubric = baselineRef != null ? baselineRef.rubric(rubricFile) : Rubrics.load(rubricFile);
        List<Waiver> waivers = baselineRef != null ? baselineRef.waivers(waiversFile)
                : waiversFile == null ? List.of() : WaiverFile.load(existing(waiversFile, "waiver file"));
        Registry registry = Preload.registry();
        ScanRequest request = new ScanRequest(gitTargets(), ref, reference, options(), environment(), workDir);
        java.time.LocalDate today = reference.atOffset(ZoneOffset.UTC).toLocalDate();
        Report report;
        if (baselineRef != null) {
            BaselineRef.Reports both = baselineRef.scan(registry, rubric, request);
            report = Waivers.apply(both.current(), waivers, today);
            gate = gateOptions.against(gate, Waivers.apply(both.baseline(), waivers, today));
        } else {
            report = Waivers.apply(new Scan(registry, rubric, Clock.systemUTC()).run(request), waivers, today);
        }
        GateResult verdict = gateOptions.active() ? gate.evaluate(report) : GateResult.NONE;
        RenderOptions renderOptions = new RenderOptions(verbose, verdict);
        for (Map.Entry<String, Renderer> e : renderers.entrySet()) {
            write(e.getValue(), report, renderOptions, target(e.getValue()));
        }
        new PlatformScan(this, environment).recordSingle(report, history);
        GateMessages.print(report, verdict, spec.commandLine().getErr());
        return ExitCodes.of(verdict, gateOptions.failOnUnknown);
    }

    private Map<String, Renderer> renderers() {
        List<String> names = formats.isEmpty() ? List.of("text") : formats;
        Map<String, Renderer> out = new LinkedHashMap<>();
        for (String n : names) {
            if (!n.isBlank()) {
                Renderer r = Renderers.find(n);
                out.put(r.format(), r);
            }
        }
        if (out.size() > 1 && outputDir == null) {
            throw new ExitCodes.UsageException("several formats (" + String.join(", ", out.keySet()) + ") need --output-dir DIR");
        }
        if (output != null && outputDir != null) {
            throw new ExitCodes.UsageException("give --output FILE or --output-dir DIR, not both");
        }
        if (output != null) {
            ReportFiles.checkFile(output);
        }
        if (outputDir != null) {
            ReportFiles.checkDirectory(outputDir);
        }
        return out;
    }

    private Path target(Renderer r) {
        if (outputDir != null) {
            return outputDir.resolve("maturity." + r.extension());
        }
        return output;
    }

    private static Path existing(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new ExitCodes.UsageException(what + " not found: " + file);
        }
        return file;
    }

    private List<String> gitTargets() {
        return sources.gitTargets(targets, environment);
    }

    private Map<String, String> options() {
        return sources.options(limits);
    }

    private void write(Renderer renderer, Report report, RenderOptions options, Path output) throws IOException {
        StringWriter buf = new StringWriter();
        renderer.render(report, options, buf);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(Redactor.redact(buf.toString()));
            out.flush();
            return;
        }
        ReportFiles.write(output, buf.toString());
    }
}
