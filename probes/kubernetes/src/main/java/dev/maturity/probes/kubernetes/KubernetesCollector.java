package dev.maturity.probes.kubernetes;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.KubernetesLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.Collector;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.spi.SourceLimits;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.collect.ClusterConnection;
import dev.maturity.probes.kubernetes.collect.ClusterReader;
import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes source (id {@code kubernetes}): discovers what the API server serves, then lists
 * every kind of {@link ApiKinds#ALL} page by page with get/list calls only, keeping compact
 * {@link ResourceObject}s ({@code live}). Each kind is a domain; a kind it may not list, or that is
 * served in an unexpected version, is unavailable with the reason, and everything else is still read.
 */
public final class KubernetesCollector implements Collector {

    public static final String ID = "kubernetes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CollectorResult collect(ScanRequest request) {
        return collect(request, ApiKinds.ALL);
    }

    /** Reads only the given kinds (the benchmark and tests use subsets). */
    public CollectorResult collect(ScanRequest request, List<ApiKind> kinds) {
        Optional<ClusterConnection> connection;
        try {
            connection = ClusterConnection.resolve(request);
        } catch (ClusterConnection.ConnectionException e) {
            return unavailable(kinds, SourceStatus.ERROR, null, e.getMessage());
        }
        if (connection.isEmpty()) {
            return unavailable(kinds, SourceStatus.NOT_CONFIGURED, null,
                    "Kubernetes not configured: no kubeconfig ($KUBECONFIG or ~/.kube/config) and no in-cluster service account");
        }
        return new ClusterReader(connection.get(), request.option("kubernetes.namespaces"), SourceLimits.from(request)).read(kinds);
    }

    @Override
    public CollectorResult notConfigured(String reason) {
        return unavailable(ApiKinds.ALL, SourceStatus.NOT_CONFIGURED, null, reason);
    }

    /** Every domain unavailable for one reason: not configured, unreachable, refused. */
    public static CollectorResult unavailable(List<ApiKind> kinds, SourceStatus status, String uri, String reason) {
        CollectorResult.Builder out = CollectorResult.builder();
        out.source(new SourceReport(ID, uri, null, status, reason));
        kinds.forEach(k -> out.unavailable(k.domain(), reason));
        return out.build();
    }

    /** The fact every NOT_MET of a kubernetes probe cites: the cluster was read. */
    public static SourceRead clusterRead(String cluster, String detail) {
        return new SourceRead(ID, cluster, null, new Evidence(
                new KubernetesLocation(cluster, null, "v1", "Cluster", cluster, null, null), Strength.LIVE, null, detail));
    }

}
