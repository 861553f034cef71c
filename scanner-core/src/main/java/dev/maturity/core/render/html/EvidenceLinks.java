package dev.maturity.core.render.html;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.KubernetesLocation;
import dev.maturity.core.model.MlflowLocation;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.SourceReport;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a reader can see a piece of evidence for themselves: a commit or file URL on a known forge
 * (github.com, gitlab.com), an MLflow UI page, or a {@code kubectl get} command.
 */
public final class EvidenceLinks {

    private static final Pattern FORGE = Pattern.compile(
            "^(?:https?://(?:[^@/]+@)?|ssh://git@|git@)(github\\.com|gitlab\\.com)[:/]([^\\s]+?)(?:\\.git)?/?$");

    private final Report report;

    public EvidenceLinks(Report report) {
        this.report = report;
    }

    /** A web address that shows the evidence, when one is known. */
    public Optional<String> url(Evidence e) {
        if (e.location() instanceof GitLocation g) {
            return forge(g.repo()).map(base -> gitUrl(base, g));
        }
        if (e.location() instanceof MlflowLocation m && m.trackingUri().matches("^https?://.*")) {
            String base = m.trackingUri().replaceAll("/+$", "");
            if (m.model() != null) {
                return Optional.of(base + "/#/models/" + m.model() + (m.version() == null ? "" : "/versions/" + m.version()));
            }
            if (m.runId() != null && m.experimentId() != null) {
                return Optional.of(base + "/#/experiments/" + m.experimentId() + "/runs/" + m.runId());
            }
            if (m.experimentId() != null) {
                return Optional.of(base + "/#/experiments/" + m.experimentId());
            }
        }
        return Optional.empty();
    }

    /** A read-only command that shows the evidence, for Kubernetes objects. */
    public static Optional<String> command(Evidence e) {
        if (e.location() instanceof KubernetesLocation k) {
            return Optional.of("kubectl get " + k.kind().toLowerCase(java.util.Locale.ROOT) + " " + k.name()
                    + (k.namespace() == null ? "" : " -n " + k.namespace()));
        }
        return Optional.empty();
    }

    /** The forge project URL of a repository name, from the git sources of the report. */
    Optional<String> forge(String repo) {
        Optional<String> direct = project(repo);
        if (direct.isPresent()) {
            return direct;
        }
        for (SourceReport s : report.sources()) {
            if ("git".equals(s.kind()) && s.uri() != null && lastSegment(s.uri()).equals(repo)) {
                Optional<String> p = project(s.uri());
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> project(String uri) {
        Matcher m = FORGE.matcher(uri.trim());
        return m.matches() ? Optional.of("https://" + m.group(1) + "/" + m.group(2)) : Optional.empty();
    }

    private static String gitUrl(String base, GitLocation g) {
        boolean gitlab = base.startsWith("https://gitlab.com/");
        if (g.path().isEmpty()) {
            return base + (gitlab ? "/-/commit/" : "/commit/") + g.commit();
        }
        String url = base + (gitlab ? "/-/blob/" : "/blob/") + g.commit() + "/" + g.path();
        if (g.startLine() > 0) {
            url += "#L" + g.startLine();
            if (g.endLine() > g.startLine()) {
                url += gitlab ? "-" + g.endLine() : "-L" + g.endLine();
            }
        }
        return url;
    }

    private static String lastSegment(String uri) {
        String u = uri.replaceAll("[/\\\\]+$", "");
        String n = u.substring(Math.max(u.lastIndexOf('/'), Math.max(u.lastIndexOf('\\'), u.lastIndexOf(':'))) + 1);
        return n.endsWith(".git") && n.length() > 4 ? n.substring(0, n.length() - 4) : n;
    }
}
