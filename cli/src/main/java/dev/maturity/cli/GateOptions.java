package dev.maturity.cli;

import dev.maturity.core.gate.Floor;
import dev.maturity.core.gate.Gate;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.score.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The CI gate's options of {@code maturity scan}: baseline, regression, floors, unknowns. */
final class GateOptions {

    @Option(names = "--baseline", paramLabel = "REPORT.json",
            description = "An earlier JSON report to compare with (levels per axis x track, criteria by id).")
    Path baseline;

    @Option(names = "--baseline-ref", paramLabel = "REF",
            description = "Scan REF (such as origin/main) of the same repositories in this run as the baseline, with the"
                    + " same build and rubric. Waivers, rubric and .maturityignore inside the repository are read at REF"
                    + " for both sides, so the change under test cannot waive or ignore its own regression.")
    String baselineRef;

    @Option(names = "--fail-on-regression",
            description = "Exit 1 when any axis x track level (with waivers) is lower than in the baseline.")
    boolean failOnRegression;

    @Option(names = "--min-level", paramLabel = "AXIS[.TRACK]=N",
            description = "Exit 1 when an axis (for one track or both) is below N. Repeatable.")
    List<String> minLevels = new ArrayList<>();

    @Option(names = "--allow-policy-changes",
            description = "Let waivers that the baseline did not have hide criteria it met (only for a job whose "
                    + "waiver file comes from a trusted place, not from the change under test).")
    boolean allowPolicyChanges;

    @Option(names = "--fail-on-unknown",
            description = "Exit 3 when the scan was incomplete: a source failed, or UNKNOWN criteria hold a level down.")
    boolean failOnUnknown;

    boolean active() {
        return baseline != null || baselineRef != null || !minLevels.isEmpty() || failOnUnknown;
    }

    Gate gate() {
        if (failOnRegression && baseline == null && baselineRef == null) {
            throw new ExitCodes.UsageException("--fail-on-regression needs --baseline REPORT.json or --baseline-ref REF");
        }
        if (baseline != null && baselineRef != null) {
            throw new ExitCodes.UsageException("give --baseline REPORT.json or --baseline-ref REF, not both");
        }
        if (allowPolicyChanges && baselineRef != null) {
            throw new ExitCodes.UsageException("--allow-policy-changes is for --baseline REPORT.json; with --baseline-ref REF"
                    + " both sides read the policy files at REF");
        }
        List<Floor> floors = new ArrayList<>();
        for (String m : minLevels) {
            for (String part : m.split(",")) {
                if (!part.isBlank()) {
                    floors.add(Floor.parse(part));
                }
            }
        }
        return new Gate(baseline == null ? null : read(baseline), failOnRegression, floors, allowPolicyChanges);
    }

    /** The gate held to a baseline scanned in this run ({@code --baseline-ref}). */
    Gate against(Gate gate, Report scannedBaseline) {
        return new Gate(scannedBaseline, gate.failOnRegression(), gate.floors(), gate.allowPolicyChanges());
    }

    static Report read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ExitCodes.UsageException("report not found: " + file);
        }
        try {
            Report r = ReportJson.read(file);
            if (r.axes() == null || r.axes().isEmpty()) {
                throw new ExitCodes.UsageException(file + ": not a maturity JSON report (no axes)");
            }
            return r;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExitCodes.UsageException u) {
                throw u;
            }
            throw new ExitCodes.UsageException("cannot read report " + file + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
