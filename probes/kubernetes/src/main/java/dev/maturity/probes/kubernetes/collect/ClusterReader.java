package dev.maturity.probes.kubernetes.collect;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.facts.Unreadable;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.SourceLimits;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.probes.kubernetes.KubernetesCollector;
import dev.maturity.probes.kubernetes.api.ApiKind;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One read of one cluster: discovery, then each kind listed (per namespace when filtered), problems kept per kind. */
public final class ClusterReader {

    private final ClusterConnection connection;
    private final String namespaces;
    private final SourceLimits limits;

    public ClusterReader(ClusterConnection connection, String namespaces) {
        this(connection, namespaces, SourceLimits.DEFAULTS);
    }

    public ClusterReader(ClusterConnection connection, String namespaces, SourceLimits limits) {
        this.connection = connection;
        this.namespaces = namespaces;
        this.limits = limits;
    }

    public CollectorResult read(List<ApiKind> kinds) {
        try (KubernetesClient client = connection.client()) {
            return read(new ApiReader(client, limits), kinds);
        }
    }

    private CollectorResult read(ApiReader reader, List<ApiKind> kinds) {
        Discovery discovery;
        List<String> scope;
        try {
            discovery = Discovery.run(reader, kinds);
            scope = NamespaceFilter.resolve(namespaces, reader);
        } catch (ApiReader.BudgetSpent e) {
            return KubernetesCollector.unavailable(kinds, SourceStatus.UNAVAILABLE, connection.server(),
                    noted("API server " + connection.server() + ": " + e.getMessage()));
        } catch (ApiReader.Unreachable e) {
            return KubernetesCollector.unavailable(kinds, SourceStatus.UNAVAILABLE, connection.server(),
                    noted("cannot reach API server " + connection.server() + ": " + e.getMessage()));
        } catch (ApiReader.TooLarge e) {
            return KubernetesCollector.unavailable(kinds, SourceStatus.ERROR, connection.server(),
                    noted("API server " + connection.server() + ": " + e.getMessage()));
        } catch (Discovery.Failed e) {
            return KubernetesCollector.unavailable(kinds, e.status, connection.server(),
                    noted(e.getMessage()));
        } catch (Discovery.Malformed e) {
            return KubernetesCollector.unavailable(kinds, SourceStatus.ERROR, connection.server(),
                    noted(e.getMessage()));
        } catch (ObjectLister.ListFailure e) {
            return KubernetesCollector.unavailable(kinds, ApiReader.Answer.statusOf(e.code), connection.server(),
                    noted("cannot expand namespace globs: " + e.getMessage()));
        }
        CollectorResult.Builder out = CollectorResult.builder();
        ObjectLister lister = new ObjectLister(reader, connection.cluster());
        List<String> problems = new ArrayList<>();
        SourceStatus status = SourceStatus.OK;
        int objects = 0;
        int kept = 0;
        int malformed = 0;
        for (ApiKind kind : kinds) {
            Discovery.Resolution r = discovery.resolve(kind);
            if (!r.readable()) {
                if (r.installed()) {
                    problems.add(r.reason());
                    status = worse(status, r.reason().startsWith("forbidden") ? SourceStatus.FORBIDDEN : SourceStatus.ERROR);
                    out.unavailable(kind.domain(), r.reason());
                } else {
                    out.read(kind.domain());
                }
                continue;
            }
            List<ResourceObject> read = new ArrayList<>();
            try {
                for (String ns : scopeOf(kind, scope)) {
                    objects += lister.list(kind, r.version(), ns, read::add);
                }
            } catch (ObjectLister.ListFailure e) {
                problems.add(e.getMessage());
                status = worse(status, ApiReader.Answer.statusOf(e.code));
                out.unavailable(kind.domain(), e.getMessage());
                continue;
            } catch (ApiReader.Unreachable e) {
                String why = (e instanceof ApiReader.BudgetSpent ? "" : "lost API server while ") + "listing "
                        + kind.resource() + ": " + e.getMessage();
                problems.add(why);
                status = worse(status, SourceStatus.UNAVAILABLE);
                out.unavailable(kind.domain(), why);
                continue;
            }
            for (var o : read) {
                String missing = ObjectChecks.missing(o);
                if (missing != null) {
                    malformed++;
                    out.unreadable(new Unreadable(o.evidence().location(), missing));
                } else {
                    out.fact(o);
                    kept++;
                }
            }
            out.read(kind.domain());
        }
        if (malformed > 0) {
            problems.add(malformed + " object(s) missing required fields, listed as unreadable");
        }
        String detail = "cluster " + connection.cluster() + ": " + objects + " objects listed, " + kept + " kept as evidence"
                + (scope == null ? "" : " in namespaces " + String.join(",", scope))
                + (discovery.groupListServed() ? "" : " (group list not served; versions probed one by one)");
        out.fact(KubernetesCollector.clusterRead(connection.cluster(), detail));
        out.source(new SourceReport(KubernetesCollector.ID, connection.server(), null, status,
                noted(problems.isEmpty() ? detail : String.join("; ", problems))));
        return out.build();
    }

    /** The message, with a note when a credential went to a plain http server other than loopback. */
    private String noted(String message) {
        return connection.cleartextNote().map(n -> message + "; " + n).orElse(message);
    }

    private static List<String> scopeOf(ApiKind kind, List<String> scope) {
        if (scope == null || !kind.namespaced()) {
            return Collections.singletonList(null);
        }
        return scope;
    }

    private static SourceStatus worse(SourceStatus a, SourceStatus b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(SourceStatus s) {
        return switch (s) {
            case OK, NOT_CONFIGURED -> 0;
            case ERROR -> 1;
            case FORBIDDEN -> 2;
            case UNAVAILABLE -> 3;
        };
    }
}
