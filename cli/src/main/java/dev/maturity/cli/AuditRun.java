package dev.maturity.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.audit.AuditPack;
import dev.maturity.core.audit.ControlAssessment;
import dev.maturity.core.audit.ControlCatalogue;
import dev.maturity.core.audit.ControlResult;
import dev.maturity.core.audit.ControlsDocument;
import dev.maturity.core.audit.ControlsHtml;
import dev.maturity.core.audit.EvidenceCapture;
import dev.maturity.core.audit.Framework;
import dev.maturity.core.audit.PackLimits;
import dev.maturity.core.audit.Period;
import dev.maturity.core.audit.PeriodView;
import dev.maturity.core.audit.SecretScrubber;
import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.scan.BuildInfo;
import dev.maturity.core.scan.Scan;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.waiver.Waiver;
import dev.maturity.core.waiver.Waivers;
import dev.maturity.probes.git.CommittedBlobReader;
import dev.maturity.core.render.prometheus.PrometheusRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One audit: scan, capture the cited evidence, judge the controls, render, seal. */
final class AuditRun {

    record Result(AuditPack pack, int controls, String statusCounts, int evidence, int redactions) {
    }

    private final Rubric rubric;
    private final ControlCatalogue catalogue;
    private final Set<Framework> frameworks;
    private final Period period;
    private final PrivateKey key;
    private final List<Waiver> waivers;
    private final String history;
    private final String target;

    AuditRun(Rubric rubric, ControlCatalogue catalogue, Set<Framework> frameworks, Period period, PrivateKey key,
             List<Waiver> waivers, String history, String target) {
        this.rubric = period == null ? rubric : overPeriod(rubric, period);
        this.catalogue = catalogue;
        this.frameworks = frameworks;
        this.period = period;
        this.key = key;
        this.waivers = waivers;
        this.history = history;
        this.target = target;
    }

    Result build(ScanRequest request) throws IOException {
        Scan scan = new Scan(Preload.registry(), rubric, Clock.systemUTC());
        Scan.Collected collected = scan.collect(request);
        Report report = Waivers.apply(scan.score(collected, request.asOf()), waivers,
                request.asOf().atOffset(ZoneOffset.UTC).toLocalDate());
        EvidenceCapture.Captured captured;
        try (CommittedBlobReader blobs = CommittedBlobReader.of(request)) {
            captured = EvidenceCapture.capture(report, collected.facts(), blobs, PackLimits.DEFAULT);
        }
        List<ControlResult> results = ControlAssessment.assess(catalogue, frameworks, report, captured.paths());
        PeriodView periodView = period == null ? null : periodView(report);
        ControlsDocument doc = ControlsDocument.of(report, catalogue, frameworks, results, periodView);
        Map<String, byte[]> files = new TreeMap<>(captured.files());
        files.put("report.json", clean(render("json", report)));
        files.put("report.html", clean(render("html", report)));
        files.put("controls.json", clean(new String(doc.json(), StandardCharsets.UTF_8)));
        files.put("controls.html", clean(new String(ControlsHtml.render(doc), StandardCharsets.UTF_8)));
        if (periodView != null) {
            files.put("period.json", clean(ReportJson.MAPPER.writeValueAsString(periodView) + "\n"));
        }
        AuditPack pack = AuditPack.seal(files, predicate(report), key, Instant.parse(report.scannedAt()));
        String counts = results.stream().collect(Collectors.groupingBy(r -> r.status().label(), TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return new Result(pack, results.size(), counts, captured.paths().size(), captured.redactions());
    }

    /** History criteria judged over the period: their windows become its length (days). */
    static Rubric overPeriod(Rubric r, Period p) {
        Map<String, Object> params = new LinkedHashMap<>(r.parameters());
        PeriodView.WINDOW_PARAMETERS.forEach(name -> params.put(name, p.days()));
        return new Rubric(r.id(), r.version(), r.digest(), params, r.detection(), r.criteria(), r.leverage());
    }

    private PeriodView periodView(Report report) {
        if (history == null) {
            return PeriodView.of(period, null, "no history store (give --history; the period rests on git and MLflow history)", report);
        }
        String name = target != null ? target : PrometheusRenderer.targetOf(report);
        List<HistoryEntry> entries = PlatformScan.openHistory(history).read(name, period.start()).stream()
                .filter(e -> period.contains(e.scannedAt())).toList();
        return PeriodView.of(period, entries, entries.size() + " scan(s) of " + name + " read from " + history, report);
    }

    private ObjectNode predicate(Report report) {
        BuildInfo build = BuildInfo.current();
        ObjectNode p = ReportJson.MAPPER.createObjectNode();
        p.putObject("tool").put("name", report.tool().name()).put("version", build.version()).put("commit", build.commit());
        p.putObject("rubric").put("id", report.rubric().id()).put("version", report.rubric().version())
                .put("digest", report.rubric().digest());
        p.putObject("catalogue").put("id", catalogue.id()).put("version", catalogue.version())
                .put("digest", "sha256:" + catalogue.digest());
        frameworks.forEach(f -> p.withArray("frameworks").add(f.id()));
        p.set("sources", ReportJson.MAPPER.valueToTree(report.sources()));
        if (period != null) {
            p.putObject("period").put("from", period.from().toString()).put("to", period.to().toString());
        }
        p.put("scannedAt", report.scannedAt()).put("asOf", report.asOf());
        p.put("notice", ControlsDocument.NOTICE);
        return p;
    }

    private static String render(String format, Report report) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.find(format).render(report, new RenderOptions(true), out);
        return out.toString();
    }

    private static byte[] clean(String text) {
        return SecretScrubber.document(text).getBytes(StandardCharsets.UTF_8);
    }

}
