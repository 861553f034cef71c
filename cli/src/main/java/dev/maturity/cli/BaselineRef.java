package dev.maturity.cli;

import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.scan.Registry;
import dev.maturity.core.scan.Scan;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.Collector;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.waiver.Waiver;
import dev.maturity.core.waiver.WaiverFile;
import dev.maturity.probes.git.CommittedFile;
import dev.maturity.probes.git.GitCollector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@code --baseline-ref REF}: the gate's baseline is REF (say {@code origin/main}) of the same
 * repositories, scanned in the same run with the same build and rubric, so a rubric upgrade never
 * shows as the change's regression. Policy files that lie in a scanned work tree — the waiver file,
 * a rubric override, {@code .maturityignore} — are read as committed at REF for both sides: the
 * change under test is judged by the rules it started from, and a waiver or ignore line it adds
 * applies once it is merged, not to itself. Live sources (MLflow, a cluster) are read once and the
 * same answer counts on both sides.
 */
final class BaselineRef {

    private final String ref;
    private final List<String> targets;
    private final Path workDir;
    private final PrintWriter err;

    BaselineRef(String ref, List<String> targets, Path workDir, PrintWriter err) {
        if (ref.isBlank()) {
            throw new ExitCodes.UsageException("--baseline-ref needs a ref, such as origin/main");
        }
        this.ref = ref;
        this.targets = targets;
        this.workDir = workDir;
        this.err = err;
    }

    /** The rubric: the default, or the override as committed at REF when it lies in a scanned repository. */
    Rubric rubric(Path file) {
        if (file == null) {
            return Rubrics.load(null);
        }
        return read(file, "rubric file", RubricLoader::parse).orElseGet(() -> Rubrics.load(null));
    }

    /** The waivers as committed at REF when the file lies in a scanned repository, else the file on disk. */
    List<Waiver> waivers(Path file) {
        if (file == null) {
            return List.of();
        }
        return read(file, "waiver file", WaiverFile::parse).orElse(List.of());
    }

    /** The current scan and REF's, with the same rubric and the same answers from live sources (raw, without waivers). */
    Reports scan(Registry registry, Rubric rubric, ScanRequest request) {
        Map<String, Replayed.Outcome> answers = new ConcurrentHashMap<>();
        Registry once = registry.withCollectors(c -> c.id().equals("git") ? c : new Replayed(c, answers));
        Scan scan = new Scan(once, rubric, Clock.systemUTC());
        Map<String, String> policy = Map.of(GitCollector.POLICY_REF, ref);
        Report current = scan.run(request.withOptions(policy));
        Report baseline = scan.run(request.atRef(ref).withOptions(policy));
        err.println("maturity: baseline: " + ref + " scanned in this run" + commits(baseline)
                + "; waivers, rubric and " + ".maturityignore inside the repository read at " + ref + " for both sides");
        err.flush();
        return new Reports(current, baseline);
    }

    /** What the scans of the change and of REF found. */
    record Reports(Report current, Report baseline) {
    }

    private static String commits(Report baseline) {
        List<String> at = baseline.sources().stream().filter(s -> s.kind().equals("git") && s.revision() != null)
                .map(s -> s.revision().substring(0, Math.min(12, s.revision().length()))).toList();
        return at.isEmpty() ? "" : " (" + String.join(", ", at) + ")";
    }

    private <T> Optional<T> read(Path file, String what, java.util.function.BiFunction<String, String, T> parse) {
        Optional<CommittedFile.At> committed = CommittedFile.read(file, targets, workDir, ref);
        if (committed.isEmpty()) {
            if (!Files.isRegularFile(file)) {
                throw new ExitCodes.UsageException(what + " not found: " + file);
            }
            return Optional.of(parse.apply(file.toString(), text(file)));
        }
        CommittedFile.At at = committed.get();
        String name = at.path() + "@" + ref;
        if (at.text().isEmpty()) {
            err.println("maturity: " + what + " " + file + " is not in " + ref + ": the change under test cannot add one"
                    + " to its own gate; none applies to either side");
            return Optional.empty();
        }
        if (Files.isRegularFile(file) && !at.text().get().equals(text(file))) {
            err.println("maturity: " + what + " " + file + " differs from " + ref + ": both sides are judged by " + name
                    + "; the change's edits apply once it is merged");
        }
        return Optional.of(parse.apply(name, at.text().get()));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExitCodes.UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * A live source read once: the first scan's answer (or failure) is replayed to the second, so both
     * sides see the same registry and cluster and the source is asked once.
     */
    private static final class Replayed implements Collector {

        private record Outcome(CollectorResult result, RuntimeException failure, Error error) {
        }

        private final Collector inner;
        private final Map<String, Outcome> answers;

        Replayed(Collector inner, Map<String, Outcome> answers) {
            this.inner = inner;
            this.answers = answers;
        }

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public void prepare() {
            inner.prepare();
        }

        @Override
        public CollectorResult notConfigured(String reason) {
            return inner.notConfigured(reason);
        }

        @Override
        public CollectorResult collect(ScanRequest request) {
            Outcome o = answers.computeIfAbsent(inner.id(), ask(request));
            if (o.error() != null) {
                throw o.error();
            }
            if (o.failure() != null) {
                throw o.failure();
            }
            return o.result();
        }

        private Function<String, Outcome> ask(ScanRequest request) {
            return id -> {
                try {
                    return new Outcome(inner.collect(request), null, null);
                } catch (RuntimeException e) {
                    return new Outcome(null, e, null);
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Error e) {
                    return new Outcome(null, null, e);
                }
            };
        }
    }
}
