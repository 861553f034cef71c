package dev.maturity.cli;

import dev.maturity.core.audit.CatalogueLoader;
import dev.maturity.core.audit.ControlCatalogue;
import dev.maturity.core.audit.Framework;
import dev.maturity.core.audit.PemKeys;
import dev.maturity.core.audit.Period;
import dev.maturity.core.platform.PlatformConfig;
import dev.maturity.core.platform.PlatformConfigLoader;
import dev.maturity.core.platform.Target;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.waiver.Waiver;
import dev.maturity.core.waiver.WaiverFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maturity audit}: scans like {@code scan}, then writes a self-contained audit pack — the
 * report, the controls of each framework with a status computed from the evidence, the evidence
 * itself captured and redacted, the review period, a manifest and a signed (or digest-pinned)
 * in-toto attestation. Everything the user can get wrong is checked before the scan starts.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Write an audit pack: report, controls per framework, captured evidence, manifest, attestation.")
public final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH|URL", arity = "0..*",
            description = "Git repositories to scan (default: the repository of the current directory).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "PACK.zip", description = "Where to write the pack.")
    Path output;

    @Option(names = "--framework", paramLabel = "NAME", split = ",",
            description = "eu-ai-act, nist-ai-rmf, iso-42001 (repeatable; default: all three).")
    List<String> frameworks = new ArrayList<>();

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "A control catalogue over the shipped one (same framework and id replace, new ids add, remove: drops).")
    Path catalogueFile;

    @Option(names = "--period", paramLabel = "FROM..TO",
            description = "Review period (ISO dates): history criteria judged over it, the history store's scans of it.")
    String period;

    @Option(names = "--sign-key", paramLabel = "KEY.pem", description = "Ed25519 (or EC) private key, PKCS#8 PEM, to sign the attestation.")
    Path signKey;

    @Option(names = "--config", paramLabel = "FILE", description = "A platform config (maturity.yaml); audit its --target.")
    Path config;

    @Option(names = "--target", paramLabel = "T", description = "The target of --config to audit, and its name in the history store.")
    String target;

    @Option(names = "--history", paramLabel = "PATH|JDBC-URL",
            description = "History store for --period (default: $XDG_DATA_HOME/maturity/history.db when it exists).")
    String history;

    @Option(names = "--ref", paramLabel = "REF", description = "Commit, branch or tag to read (default: HEAD).")
    String ref;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Reference time for history windows (default: now, or the period's end).")
    String asOf;

    @Option(names = "--rubric", paramLabel = "FILE", description = "A rubric file that overrides or extends the default.")
    Path rubricFile;

    @Option(names = "--waivers", paramLabel = "FILE", description = "A YAML waiver file (waivers in force are listed in the pack).")
    Path waiversFile;

    @Mixin
    SourceOptions sources = new SourceOptions();

    @Mixin
    LimitOptions limits = new LimitOptions();

    /** The environment collectors read credentials from; tests replace it. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = sources.environment(environment);
        Set<Framework> chosen = frameworks();
        ReportFiles.checkFile(output);
        Period p = period == null ? null : Period.parse(period);
        PrivateKey key = signKey == null ? null : PemKeys.privateKey(existing(signKey, "--sign-key"));
        Target configured = configuredTarget();
        Path rubricPath = rubricFile != null ? rubricFile : configured == null ? null : configDefaults().rubric();
        Rubric rubric = Rubrics.load(rubricPath);
        ControlCatalogue catalogue = CatalogueLoader.load(catalogueFile == null ? null : existing(catalogueFile, "--catalogue"), rubric);
        Instant reference = p != null && asOf == null ? p.end() : Dates.parseAsOf(asOf, Clock.systemUTC());
        List<Waiver> waivers = waiversFile == null ? List.of() : WaiverFile.load(existing(waiversFile, "waiver file"));
        ScanRequest request = configured != null
                ? configured.toRequest(reference, env, Path.of("").toAbsolutePath()).withOptions(limits.options())
                : new ScanRequest(sources.gitTargets(targets, env), ref, reference, sources.options(limits), env,
                        Path.of("").toAbsolutePath());
        AuditRun run = new AuditRun(rubric, catalogue, chosen, p, key, waivers, historyLocation(), target);
        AuditRun.Result result = run.build(request);
        ReportFiles.write(output, result.pack().zip());
        var err = spec.commandLine().getErr();
        err.printf("maturity: audit pack %s: %d files, %d controls (%s), %d evidence files captured, %d secret value(s) redacted%n",
                output, result.pack().files(), result.controls(), result.statusCounts(), result.evidence(), result.redactions());
        if (result.pack().signed()) {
            err.printf("maturity: attestation signed; check it with: maturity verify %s --public-key PUBLIC.pem%n", output);
        } else {
            err.printf("maturity: the pack is unsigned; record this statement digest for the reviewer: sha256:%s%n"
                    + "maturity: check it with: maturity verify %s --expect-digest sha256:%s%n",
                    result.pack().statementDigest(), output, result.pack().statementDigest());
        }
        err.flush();
        spec.commandLine().getOut().println("sha256:" + result.pack().statementDigest());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private Set<Framework> frameworks() {
        if (frameworks.isEmpty()) {
            return EnumSet.allOf(Framework.class);
        }
        Set<Framework> out = EnumSet.noneOf(Framework.class);
        for (String f : frameworks) {
            out.add(Framework.of(f).orElseThrow(() -> new ExitCodes.UsageException(
                    "unknown framework '" + f + "' (valid: " + Framework.names() + ")")));
        }
        return out;
    }

    private Target configuredTarget() {
        if (config == null) {
            return null;
        }
        if (target == null) {
            throw new ExitCodes.UsageException("--config needs --target T: an audit pack covers one target");
        }
        if (!targets.isEmpty() || sources.mlflow != null || sources.kubeContext != null || ref != null) {
            throw new ExitCodes.UsageException("--config names the target's sources: give repositories, --ref, --mlflow"
                    + " and --kube-context, or --config with --target, not both");
        }
        PlatformConfig c = PlatformConfigLoader.load(existing(config, "--config"));
        return c.target(target).orElseThrow(() -> new ExitCodes.UsageException("no target '" + target + "' in " + config
                + " (targets: " + String.join(", ", c.targets().stream().map(Target::name).toList()) + ")"));
    }

    private PlatformConfig.Defaults configDefaults() {
        return PlatformConfigLoader.load(config).defaults();
    }

    private String historyLocation() {
        if (history != null) {
            return history;
        }
        Path file = dev.maturity.core.history.HistoryStore.defaultFile(environment, System.getProperty("user.home"));
        return Files.isRegularFile(file) ? file.toString() : null;
    }

    private static Path existing(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new ExitCodes.UsageException(what + " not found: " + file);
        }
        return file;
    }
}
