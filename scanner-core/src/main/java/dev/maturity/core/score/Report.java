package dev.maturity.core.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.SourceReport;
import java.util.List;
import java.util.Optional;

/** The immutable result of one scan: the JSON contract of schema version 1 (docs/report-schema.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "tool", "scannedAt", "asOf", "rubric", "sources", "summary", "axes", "unreadable",
    "ignored", "waivers"})
public record Report(int schemaVersion, Tool tool, String scannedAt, String asOf, RubricRef rubric,
                     List<SourceReport> sources, Summary summary, List<AxisResult> axes, List<UnreadableEntry> unreadable,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IgnoredEntry> ignored,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<WaiverEntry> waivers) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        sources = List.copyOf(sources);
        axes = List.copyOf(axes);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        ignored = ignored == null ? List.of() : List.copyOf(ignored);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    /** A report before waivers are applied. */
    public Report(int schemaVersion, Tool tool, String scannedAt, String asOf, RubricRef rubric,
                  List<SourceReport> sources, Summary summary, List<AxisResult> axes, List<UnreadableEntry> unreadable) {
        this(schemaVersion, tool, scannedAt, asOf, rubric, sources, summary, axes, unreadable, List.of(), List.of());
    }

    /** A report before waivers are applied, with the files the sources left out. */
    public Report(int schemaVersion, Tool tool, String scannedAt, String asOf, RubricRef rubric, List<SourceReport> sources,
                  Summary summary, List<AxisResult> axes, List<UnreadableEntry> unreadable, List<IgnoredEntry> ignored) {
        this(schemaVersion, tool, scannedAt, asOf, rubric, sources, summary, axes, unreadable, ignored, List.of());
    }

    /** A copy with other axis results, summary and waiver entries (after waivers were applied). */
    public Report withWaivers(List<AxisResult> newAxes, Summary newSummary, List<WaiverEntry> entries) {
        return new Report(schemaVersion, tool, scannedAt, asOf, rubric, sources, newSummary, newAxes, unreadable, ignored, entries);
    }

    public Optional<AxisResult> axis(Axis axis, Track track) {
        return axes.stream().filter(a -> a.axis() == axis && a.track() == track).findFirst();
    }

    /** The tool that wrote the report. */
    public record Tool(String name, String version) {
    }

    /** Which rubric scored the report; the digest tells two reports scored alike. */
    public record RubricRef(String id, String version, String digest) {
    }

    /**
     * A waiver from the waiver file and what became of it: {@code applied} (to the criteria listed),
     * {@code expired} (ignored), or {@code unused} (nothing it covers failed, or its criterion is unknown).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WaiverEntry(String criterion, String track, String repository, String owner, String reason,
                              String expires, String status, String location) {
    }

    /**
     * Files a source left out on purpose, by rule: the tree they were left out of, the rule, how many,
     * and the first of them by locator (see {@code IgnoredFiles.MAX_NAMED}).
     */
    public record IgnoredEntry(String source, String tree, String rule, int files, List<String> locators) {
        public IgnoredEntry {
            locators = locators == null ? List.of() : List.copyOf(locators);
        }
    }

    /** An artefact a source could not read or parse. */
    public record UnreadableEntry(String source, String locator, String message) {
    }
}
