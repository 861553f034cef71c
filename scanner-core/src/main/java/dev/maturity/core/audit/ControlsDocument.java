package dev.maturity.core.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.SourceReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code controls.json}: per framework, every control with its computed status, why, mapped
 * criteria, evidence and remediation; the scan it was computed from; the review period when given;
 * and the notice that this is evidence mapped to controls, not a conformity statement.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ControlsDocument(int schemaVersion, String notice, String scannedAt, String asOf, Report.Tool tool,
                               Report.RubricRef rubric, CatalogueRef catalogue, List<SourceReport> sources,
                               PeriodView period, List<FrameworkView> frameworks) {

    public static final int SCHEMA_VERSION = 1;

    public static final String NOTICE = "This is evidence gathered by an automated scan and mapped to controls. It is not "
            + "a legal conformity assessment, a certification or a statement of compliance: a status says how far the "
            + "evidence read supports a control, and 'unknown' means a source that could show it was not read.";

    public record CatalogueRef(String id, String version, String digest) {
    }

    public record FrameworkView(String id, String title, Map<String, Integer> counts, List<ControlResult> controls) {
    }

    public static ControlsDocument of(Report report, ControlCatalogue catalogue, Collection<Framework> frameworks,
                                      List<ControlResult> results, PeriodView period) {
        List<FrameworkView> views = new ArrayList<>();
        for (Framework f : Framework.values()) {
            if (!frameworks.contains(f)) {
                continue;
            }
            List<ControlResult> of = results.stream().filter(r -> r.framework().equals(f.id())).toList();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ControlStatus s : ControlStatus.values()) {
                counts.put(s.label(), (int) of.stream().filter(r -> r.status() == s).count());
            }
            views.add(new FrameworkView(f.id(), f.title(), counts, of));
        }
        return new ControlsDocument(SCHEMA_VERSION, NOTICE, report.scannedAt(), report.asOf(), report.tool(), report.rubric(),
                new CatalogueRef(catalogue.id(), catalogue.version(), catalogue.digest()), report.sources(), period, views);
    }

    public byte[] json() {
        try {
            return (FactJson.MAPPER.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write controls.json", e);
        }
    }
}
