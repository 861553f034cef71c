package dev.maturity.cli;

import dev.maturity.core.gate.Gate;
import dev.maturity.core.gate.GateResult;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.Renderer;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.scan.Registry;
import dev.maturity.core.scan.Scan;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.waiver.Waiver;
import dev.maturity.core.waiver.WaiverFile;
import dev.maturity.core.secret.Redactor;
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

    @Option(names = "--mlflow", paramLabel = "URI", description = "MLflow tracking URI (default: $MLFLOW_TRACKING_URI).")
    String mlflow;

    @Option(names = "--kube-context", paramLabel = "CONTEXT", description = "Kubernetes context to read (default: current).")
    String kubeContext;

    @Option(names = "--namespace", paramLabel = "GLOB", description = "Kubernetes namespaces to read (globs; repeatable).")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--allow-http-credentials",
            description = "Let git credentials go to plain http:// remotes (they cross the network in clear). "
                    + "Same as MATURITY_GIT_ALLOW_HTTP_CREDENTIALS=true.")
    boolean allowHttpCredentials;

    /** The environment collectors read credentials and source settings from; tests replace it. */
    Map<String, String> environment = System.getenv();

    /** The environment, with the opt-ins given as flags; its credentials are registered with the redactor. */
    private Map<String, String> environment() {
        Redactor.fromEnvironment(environment);
        if (!allowHttpCredentials) {
            return environment;
        }
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("MATURITY_GIT_ALLOW_HTTP_CREDENTIALS", "true");
        return env;
    }

    @Mixin
    PlatformOptions platform = new PlatformOptions();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (platform.platformScan()) {
            return new PlatformScan(this, environment()).run();
        }
        if (platform.allowFailed != null) {
            throw new ExitCodes.UsageException("--allow-failed counts the failed targets of a platform scan; give it with --config");
        }
        limits.options();
        Rubric rubric = Rubrics.load(rubricFile);
        Registry registry = Preload.registry();
        Map<String, Renderer> renderers = renderers();
        Instant reference = Dates.parseAsOf(asOf, Clock.systemUTC());
        List<Waiver> waivers = waiversFile == null ? List.of() : WaiverFile.load(existing(waiversFile, "waiver file"));
        Gate gate = gateOptions.gate();
        ScanRequest request = new ScanRequest(gitTargets(), ref, reference, options(), environment(), Path.of("").toAbsolutePath());
        Report report = new Scan(registry, rubric, Clock.systemUTC()).run(request);
        report = Waivers.apply(report, waivers, reference.atOffset(ZoneOffset.UTC).toLocalDate());
        GateResult verdict = gateOptions.active() ? gate.evaluate(report) : GateResult.NONE;
        RenderOptions renderOptions = new RenderOptions(verbose, verdict);
        for (Map.Entry<String, Renderer> e : renderers.entrySet()) {
            write(e.getValue(), report, renderOptions, target(e.getValue()));
        }
        new PlatformScan(this, environment).recordSingle(report);
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
        if (!targets.isEmpty()) {
            return targets;
        }
        boolean otherSources = mlflow != null || environment.get("MLFLOW_TRACKING_URI") != null || kubeContext != null;
        if (otherSources && !Dates.insideGitRepository(Path.of("").toAbsolutePath())) {
            return List.of();
        }
        return List.of(".");
    }

    private Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        if (mlflow != null) {
            o.put("mlflow.uri", mlflow);
        }
        if (kubeContext != null) {
            o.put("kubernetes.context", kubeContext);
        }
        if (!namespaces.isEmpty()) {
            o.put("kubernetes.namespaces", String.join(",", namespaces));
        }
        o.putAll(limits.options());
        return o;
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
