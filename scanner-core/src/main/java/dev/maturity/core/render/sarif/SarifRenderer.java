package dev.maturity.core.render.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.gate.GateResult;
import dev.maturity.core.gate.Violation;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.render.Alternatives;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.Renderer;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning views: one rule per criterion (question, remediation as help), and
 * a result for each NOT_MET or UNKNOWN criterion at or below the target level of its axis x track
 * (the next level, or the floor) that holds the level back: a member of an any-of group reports only
 * while its group is not met. Git evidence becomes physical locations (repo-relative path and
 * lines), MLflow and Kubernetes evidence logical locations. A waived gap is a suppressed result.
 */
public final class SarifRenderer implements Renderer {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The repository root, where gaps of the repository as a whole are located. */
    static final String REPOSITORY_ROOT = "./";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public void render(Report report, RenderOptions options, Appendable out) throws IOException {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", report.tool().name());
        driver.put("version", report.tool().version());
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (AxisResult a : report.axes()) {
            for (CriterionResult c : a.criteria()) {
                if (!ruleIndex.containsKey(c.id())) {
                    ruleIndex.put(c.id(), ruleIndex.size());
                    rules.add(rule(a, c));
                }
            }
        }
        ArrayNode results = run.putArray("results");
        GateResult gate = options.gate();
        for (AxisResult a : report.axes()) {
            if (!a.applicable()) {
                continue;
            }
            int target = gate.target(a);
            List<String> violating = gate.violations(a.axis(), a.track()).stream()
                    .flatMap(v -> v.criteria().stream()).toList();
            for (CriterionResult c : a.criteria()) {
                Outcome raw = c.waiver() != null ? c.waiver().rawOutcome() : c.outcome();
                if (c.level() <= target && (raw == Outcome.NOT_MET || raw == Outcome.UNKNOWN) && a.isGap(c, false)) {
                    results.add(result(report, a, c, raw, target, ruleIndex.get(c.id()), violating.contains(c.id())));
                }
            }
        }
        ObjectNode props = run.putObject("properties");
        props.put("rubric", report.rubric().id() + " " + report.rubric().version());
        ObjectNode levels = props.putObject("levels");
        for (AxisResult a : report.axes()) {
            if (a.applicable()) {
                levels.put(a.axis().id() + "." + a.track().id(), a.level());
            }
        }
        if (!gate.violations().isEmpty()) {
            ArrayNode v = props.putArray("gateViolations");
            gate.violations().stream().map(Violation::message).forEach(v::add);
        }
        out.append(ReportJson.MAPPER.writeValueAsString(root)).append('\n');
    }

    private static ObjectNode rule(AxisResult a, CriterionResult c) {
        ObjectNode r = JSON.objectNode();
        r.put("id", c.id());
        r.put("name", name(c.id()));
        r.putObject("shortDescription").put("text", c.question());
        r.putObject("fullDescription").put("text", c.question() + " (" + a.axis().id() + ", level " + c.level() + ")");
        r.putObject("help").put("text", c.remediation() == null ? c.question() : c.remediation());
        r.putObject("defaultConfiguration").put("level", "warning");
        ObjectNode p = r.putObject("properties");
        p.put("axis", a.axis().id());
        p.put("level", c.level());
        if (c.group() != null) {
            p.put("group", c.group());
        }
        ArrayNode tags = p.putArray("tags");
        tags.add("maturity").add(a.axis().id());
        c.references().forEach(tags::add);
        return r;
    }

    private static ObjectNode result(Report report, AxisResult a, CriterionResult c, Outcome raw, int target, int index,
                                     boolean violating) {
        ObjectNode r = JSON.objectNode();
        r.put("ruleId", c.id());
        r.put("ruleIndex", index);
        r.put("kind", raw == Outcome.UNKNOWN ? "open" : "fail");
        r.put("level", violating ? "error" : raw == Outcome.UNKNOWN ? "note" : "warning");
        String where = a.axis().id() + "/" + a.track().id() + " level " + c.level();
        r.putObject("message").put("text", c.question() + " " + raw + " (" + where
                + Alternatives.label(a, c).map(l -> ", " + l).orElse("") + "): "
                + (c.summary() == null || c.summary().isBlank() ? "no evidence" : c.summary())
                + (c.remediation() == null ? "" : ". Next: " + c.remediation()));
        ArrayNode locations = r.putArray("locations");
        boolean severalRepos = report.sources().stream().filter(s -> s.kind().equals("git") && s.uri() != null).count() > 1;
        for (Evidence e : c.evidence()) {
            locations.add(location(e, severalRepos));
        }
        boolean physical = false;
        for (int i = 0; i < locations.size(); i++) {
            physical |= locations.get(i).has("physicalLocation");
        }
        if (!physical) {
            locations.insert(0, repositoryLevel());
        }
        r.putObject("partialFingerprints").put("maturityCriterion/v1", c.id() + "|" + a.track().id());
        if (c.waiver() != null) {
            ObjectNode s = r.putArray("suppressions").addObject();
            s.put("kind", "external");
            s.put("status", "accepted");
            s.put("justification", c.waiver().reason() + " (owner " + c.waiver().owner() + ", until "
                    + c.waiver().expires() + ")");
        }
        ObjectNode p = r.putObject("properties");
        p.put("axis", a.axis().id());
        p.put("track", a.track().id());
        p.put("criterionLevel", c.level());
        if (c.group() != null) {
            p.put("group", c.group());
        }
        p.put("targetLevel", target);
        p.put("outcome", c.outcome().name());
        return r;
    }

    /**
     * Code-scanning services reject results without a file; a gap in the repository as a whole (or
     * in MLflow or a cluster) is located at the repository root.
     */
    private static ObjectNode repositoryLevel() {
        ObjectNode loc = JSON.objectNode();
        ObjectNode phys = loc.putObject("physicalLocation");
        ObjectNode art = phys.putObject("artifactLocation");
        art.put("uri", REPOSITORY_ROOT);
        art.put("uriBaseId", "%SRCROOT%");
        phys.putObject("region").put("startLine", 1);
        loc.putObject("message").put("text", "the repository as a whole");
        return loc;
    }

    /** With several repositories in one scan, paths are prefixed by the repository name to stay apart. */
    private static ObjectNode location(Evidence e, boolean severalRepos) {
        ObjectNode loc = JSON.objectNode();
        if (e.location() instanceof GitLocation g && !g.path().isEmpty()) {
            ObjectNode phys = loc.putObject("physicalLocation");
            ObjectNode art = phys.putObject("artifactLocation");
            art.put("uri", severalRepos ? g.repo() + "/" + g.path() : g.path());
            art.put("uriBaseId", "%SRCROOT%");
            if (g.startLine() > 0) {
                ObjectNode region = phys.putObject("region");
                region.put("startLine", g.startLine());
                region.put("endLine", Math.max(g.startLine(), g.endLine()));
            }
            loc.putObject("message").put("text", e.strength().id() + ": " + e.locator()
                    + (e.detail().isBlank() ? "" : " - " + e.detail()));
            return loc;
        }
        ObjectNode logical = loc.putArray("logicalLocations").addObject();
        logical.put("name", e.locator());
        logical.put("fullyQualifiedName", e.source() + ":" + e.locator());
        logical.put("kind", e.location() instanceof GitLocation ? "module" : "resource");
        loc.putObject("message").put("text", e.strength().id() + ": " + e.locator()
                + (e.detail().isBlank() ? "" : " - " + e.detail()));
        return loc;
    }

    /** A rule name in PascalCase from a criterion id: {@code eval.regression-suite} becomes {@code EvalRegressionSuite}. */
    static String name(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
