package dev.maturity.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.history.HistoryException;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.history.Recorded;
import dev.maturity.core.model.Track;
import dev.maturity.core.platform.FailureAllowance;
import dev.maturity.core.platform.PlatformConfig;
import dev.maturity.core.platform.PlatformConfigLoader;
import dev.maturity.core.platform.PlatformRunner;
import dev.maturity.core.platform.Shard;
import dev.maturity.core.platform.Target;
import dev.maturity.core.platform.TargetResult;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.render.Renderer;
import dev.maturity.core.render.prometheus.PrometheusRenderer;
import dev.maturity.core.scan.Scan;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.TrackSummary;
import dev.maturity.core.secret.Redactor;
import dev.maturity.core.spi.Failures;
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
import java.util.List;
import java.util.Map;

/**
 * {@code maturity scan --config}: every target of a platform (or of this pod's shard) scanned in
 * parallel, each recorded in history as it ends, then one combined report, optional Pushgateway
 * push, and exit 3 when more targets failed than allowed (or all did), else 1 when a scored target
 * is below its threshold.
 */
final class PlatformScan {

    private final ScanCommand cmd;
    private final PlatformOptions opts;
    private final Map<String, String> env;

    PlatformScan(ScanCommand cmd, Map<String, String> env) {
        this.cmd = cmd;
        this.opts = cmd.platform;
        this.env = env;
    }

    int run() throws IOException, InterruptedException {
        if (!cmd.targets.isEmpty() || cmd.sources.mlflow != null || cmd.sources.kubeContext != null || cmd.ref != null) {
            throw new ExitCodes.UsageException("--config names the targets: give repositories, --ref, --mlflow and"
                    + " --kube-context in maturity.yaml, not on the command line");
        }
        if (cmd.gateOptions.active() || cmd.gateOptions.failOnRegression) {
            throw new ExitCodes.UsageException("--baseline, --baseline-ref, --fail-on-regression, --min-level and --fail-on-unknown gate one"
                    + " scan; a --config scan gates each target by the thresholds in maturity.yaml");
        }
        PlatformConfig config = PlatformConfigLoader.load(opts.config);
        registerCredentials(config);
        FailureAllowance allowed = allowance(config);
        Shard shard = parseShard();
        List<Target> targets = shard.select(config.targets());
        if (cmd.formats.size() > 1 || cmd.outputDir != null) {
            throw new ExitCodes.UsageException("a platform scan writes one format (--format F, --output FILE);"
                    + " --output-dir and several formats are for single scans");
        }
        if (cmd.output != null) {
            ReportFiles.checkFile(cmd.output);
        }
        Renderer renderer = Renderers.find(cmd.formats.isEmpty() ? "text" : cmd.formats.get(0));
        Scan scan = new Scan(Preload.registry(), Rubrics.load(cmd.rubricFile != null ? cmd.rubricFile : config.defaults().rubric()),
                Clock.systemUTC());
        Instant asOf = Dates.parseAsOf(cmd.asOf, Clock.systemUTC());
        HistoryStore history = openHistory(historyLocation());
        PrintWriter err = cmd.spec.commandLine().getErr();
        err.printf("maturity: scanning %d target(s) of %s%s, %d at a time; history: %s%n", targets.size(), opts.config,
                shard.equals(Shard.ALL) ? "" : " (shard " + shard + ")", parallel(), history.location());
        err.flush();
        Path workDir = Path.of("").toAbsolutePath();
        List<String> historyErrors = new ArrayList<>();
        Path waiverFile = cmd.waiversFile != null ? cmd.waiversFile : config.defaults().waivers();
        if (waiverFile != null && !Files.isRegularFile(waiverFile)) {
            throw new ExitCodes.UsageException("waiver file not found: " + waiverFile);
        }
        List<Waiver> waivers = waiverFile == null ? List.of() : WaiverFile.load(waiverFile);
        Map<String, String> limits = new java.util.LinkedHashMap<>(config.defaults().limits());
        limits.putAll(cmd.limits.options());
        PlatformRunner.TargetScan scanned = PlatformRunner.of(scan);
        PlatformRunner.TargetScan withWaivers = (t, request, progress) -> Waivers.apply(scanned.scan(t, request, progress),
                waivers, asOf.atOffset(ZoneOffset.UTC).toLocalDate());
        PlatformRunner runner = new PlatformRunner(withWaivers, parallel(),
                t -> t.toRequest(asOf, env, workDir).withOptions(limits), new StderrProgress(err, StderrProgress.terminal(env)));
        List<TargetResult> results = runner.run(targets, r -> {
            try {
                history.append(new Recorded(r.target().name(), r.target().platform(), r.target().team(),
                        r.status().name(), r.reason(), r.report()));
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) { // a store that fails (even a native library that will not load) loses one record
                synchronized (historyErrors) {
                    historyErrors.add(r.target().name() + ": " + Failures.describe(e));
                }
            }
        });
        write(renderer, results);
        push(results.stream().map(PlatformScan::scanned).toList());
        historyErrors.forEach(m -> err.println("maturity: error: history not written for " + m));
        List<String> below = belowThreshold(results);
        below.forEach(m -> err.println("maturity: below threshold: " + m));
        long failed = results.stream().filter(r -> !r.scored()).count();
        err.printf("maturity: %d scored, %d failed or timed out%n", results.size() - failed, failed);
        boolean incomplete = allowed.exceededBy(failed, results.size());
        if (incomplete) {
            err.printf("maturity: incomplete: %d of %d target(s) failed or timed out, more than allowed (%s%s)%n", failed,
                    results.size(), failed == results.size() ? "none scored" : "allowed: " + allowed,
                    opts.allowFailed != null ? ", --allow-failed" : ", defaults.allowFailed in " + opts.config);
        }
        err.flush();
        if (!historyErrors.isEmpty()) {
            return ExitCodes.INTERNAL;
        }
        if (incomplete) {
            return ExitCodes.INCOMPLETE;
        }
        return below.isEmpty() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /** The values of every {@code tokenEnv} the config names, known to the redactor before any target is read. */
    private void registerCredentials(PlatformConfig config) {
        for (Target t : config.targets()) {
            if (t.git() != null && t.git().tokenEnv() != null) {
                Redactor.secret(env.get(t.git().tokenEnv()));
            }
            if (t.mlflow() != null && t.mlflow().tokenEnv() != null) {
                Redactor.secret(env.get(t.mlflow().tokenEnv()));
            }
        }
    }

    /** {@code --allow-failed} wins over {@code defaults.allowFailed}; a malformed flag is a usage error. */
    private FailureAllowance allowance(PlatformConfig config) {
        if (opts.allowFailed == null) {
            return config.defaults().allowFailed();
        }
        try {
            return FailureAllowance.parse(opts.allowFailed);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException("--allow-failed: " + e.getMessage());
        }
    }

    /** After an ad-hoc scan: record it when {@code --history} is given, push it when {@code --pushgateway} is. */
    void recordSingle(Report report, HistoryStore history) throws InterruptedException {
        String target = PrometheusRenderer.targetOf(report);
        if (history != null) {
            history.append(Recorded.scored(target, report));
        }
        push(List.of(new PrometheusRenderer.Scanned(target, "SCORED", report)));
    }

    /** Opens a store; one that cannot be opened is the user's to fix (exit 2). */
    static HistoryStore openHistory(String location) {
        try {
            return HistoryStore.open(location);
        } catch (HistoryException e) {
            throw new ExitCodes.UsageException(e.getMessage());
        }
    }

    private void push(List<PrometheusRenderer.Scanned> scans) throws InterruptedException {
        if (opts.pushgateway == null) {
            return;
        }
        List<String> failures = new PushGateway(opts.pushgateway, cmd.verbose).push(scans);
        PrintWriter err = cmd.spec.commandLine().getErr();
        failures.forEach(f -> err.println("maturity: warning: push failed for " + f));
        err.flush();
    }

    private Shard parseShard() {
        try {
            return Shard.resolve(opts.shard, env);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException(e.getMessage());
        }
    }

    private int parallel() {
        int n = opts.parallel == null ? Runtime.getRuntime().availableProcessors() : opts.parallel;
        if (n < 1) {
            throw new ExitCodes.UsageException("--parallel must be at least 1, not " + n);
        }
        return n;
    }

    private String historyLocation() {
        return opts.history != null ? opts.history
                : HistoryStore.defaultFile(env, System.getProperty("user.home")).toString();
    }

    private static PrometheusRenderer.Scanned scanned(TargetResult r) {
        return new PrometheusRenderer.Scanned(r.target().name(), r.target().platform(), r.target().team(), r.status().name(),
                r.report());
    }

    private static List<String> belowThreshold(List<TargetResult> results) {
        List<String> out = new ArrayList<>();
        for (TargetResult r : results) {
            if (!r.scored()) {
                continue;
            }
            r.target().thresholds().forEach((track, min) -> {
                TrackSummary s = track == Track.LLM ? r.report().summary().llm() : r.report().summary().classical();
                if (s != null && s.applicable() && s.level() != null && s.level() < min) {
                    out.add(r.target().name() + " " + track.id() + " level " + s.level() + " < " + min);
                }
            });
        }
        return out;
    }

    private void write(Renderer renderer, List<TargetResult> results) throws IOException {
        StringWriter buf = new StringWriter();
        RenderOptions options = new RenderOptions(cmd.verbose);
        if (renderer instanceof PrometheusRenderer) {
            PrometheusRenderer.write(results.stream().map(PlatformScan::scanned).toList(), cmd.verbose, buf);
        } else if (renderer instanceof ReportJson) {
            ArrayNode targets = ReportJson.MAPPER.createArrayNode();
            for (TargetResult r : results) {
                ObjectNode t = targets.addObject().put("name", r.target().name()).put("platform", r.target().platform())
                        .put("team", r.target().team()).put("status", r.status().name()).put("reason", r.reason())
                        .put("elapsedMillis", r.elapsed().toMillis());
                if (r.report() != null) {
                    t.set("report", ReportJson.MAPPER.valueToTree(r.report()));
                }
            }
            ObjectNode root = ReportJson.MAPPER.createObjectNode();
            root.set("targets", targets);
            buf.write(ReportJson.MAPPER.writeValueAsString(root));
            buf.write('\n');
        } else {
            for (TargetResult r : results) {
                buf.write(String.format("== %s (%s%s): %s%s%n", r.target().name(), r.target().platform(),
                        r.target().team() == null ? "" : "/" + r.target().team(),
                        r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                        r.scored() ? "" : ": " + r.reason()));
                if (r.report() != null) {
                    renderer.render(r.report(), options, buf);
                    buf.write(System.lineSeparator());
                }
            }
        }
        if (cmd.output == null) {
            PrintWriter out = cmd.spec.commandLine().getOut();
            out.print(Redactor.redact(buf.toString()));
            out.flush();
            return;
        }
        ReportFiles.write(cmd.output, buf.toString());
    }
}
