package dev.maturity.core.scan;

import dev.maturity.core.facts.Availability;
import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.IgnoredFiles;
import dev.maturity.core.facts.Unreadable;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.Scorer;
import dev.maturity.core.score.Summary;
import dev.maturity.core.spi.Collector;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.Failures;
import dev.maturity.core.spi.ScanInputException;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One scan end to end: every installed collector reads its source (a collector that fails in any
 * way — an exception, a class missing from the jar — is reported as an ERROR source naming the cause,
 * its criteria are UNKNOWN, and the scan goes on), then the scorer turns facts into a report.
 */
public final class Scan {

    public static final String TOOL_NAME = "maturity";

    private final Registry registry;
    private final Rubric rubric;
    private final Clock clock;

    public Scan(Registry registry, Rubric rubric, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Collects from every source, then scores. Throws {@link ScanInputException} only for requests the user must fix. */
    public Report run(ScanRequest request) {
        return score(collect(request), request.asOf());
    }

    /**
     * The collecting half: facts from every installed collector, or, for a request that declares
     * its sources, from those collectors only (the others report NOT_CONFIGURED and read nothing).
     */
    public Collected collect(ScanRequest request) {
        Facts.Builder facts = Facts.builder();
        List<SourceReport> sources = new ArrayList<>();
        registry.loadFailures().forEach(f -> sources.add(new SourceReport("probe", null, null, SourceStatus.ERROR, f)));
        for (Collector collector : registry.collectors().values()) {
            CollectorResult result;
            try {
                result = request.reads(collector.id())
                        ? collector.collect(request.withParameters(rubric.parameters()))
                        : collector.notConfigured(undeclared(collector.id(), request));
            } catch (ScanInputException | VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                String why = "collector " + collector.id() + " failed: " + Failures.describe(e);
                sources.add(new SourceReport(collector.id(), null, null, SourceStatus.ERROR, why));
                facts.failedSource(collector.id(), why);
                continue;
            }
            sources.addAll(result.sources());
            facts.addAll(result.facts());
            result.coverage().forEach(facts::availability);
            result.unreadable().forEach(facts::unreadable);
        }
        return new Collected(sources, facts.build());
    }

    private static String undeclared(String id, ScanRequest request) {
        return id + " not declared for this target (it reads "
                + (request.declared().isEmpty() ? "nothing" : String.join(", ", new TreeSet<>(request.declared()))) + ")";
    }

    /** What the collectors read: the sources and the facts. */
    public record Collected(List<SourceReport> sources, Facts facts) {
    }

    /** The scoring half: pure apart from the timestamp. */
    public Report score(Collected collected, Instant asOf) {
        Scorer scorer = new Scorer(rubric, registry.probes());
        Scorer.Scored scored = scorer.score(collected.facts(), asOf);
        Summary summary = scorer.summarize(scored.axes(), scored.detection());
        List<Report.UnreadableEntry> unreadable = collected.facts().unreadable().stream()
                .map(Scan::entry)
                .sorted(Comparator.comparing(Report.UnreadableEntry::locator))
                .toList();
        return new Report(Report.SCHEMA_VERSION, new Report.Tool(TOOL_NAME, version()),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), asOf.truncatedTo(ChronoUnit.SECONDS).toString(),
                new Report.RubricRef(rubric.id(), rubric.version(), rubric.digest()),
                collected.sources(), summary, scored.axes(), unreadable, ignored(collected.facts()));
    }

    private static List<Report.IgnoredEntry> ignored(Facts facts) {
        return facts.of(IgnoredFiles.class).stream()
                .map(i -> new Report.IgnoredEntry(i.evidence().location().source(), i.evidence().locator(), i.rule(), i.count(),
                        i.locators()))
                .toList();
    }

    private static Report.UnreadableEntry entry(Unreadable u) {
        return new Report.UnreadableEntry(u.location().source(), u.location().locator(), u.message());
    }

    /** The tool's version and build commit from the jar manifest ({@link BuildInfo#describe()}), or "dev" when run from classes. */
    public static String version() {
        return BuildInfo.current().describe();
    }

    /** Availability reasons, for explaining a ceiling. */
    public static List<Availability> unavailable(Facts facts) {
        return facts.domains().stream().filter(a -> !a.available())
                .sorted(Comparator.comparing(Availability::domain)).toList();
    }
}
