package dev.maturity.probes.kubernetes;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.fixtures.kubernetes.ApiServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** Test frame: collect a fixture cluster through a kubeconfig, then run probes by id over the facts. */
final class ClusterScan {

    static final Instant AS_OF = Instant.parse("2026-11-30T00:00:00Z");

    final CollectorResult result;
    final Facts facts;

    private ClusterScan(CollectorResult result) {
        this.result = result;
        this.facts = result.asFacts();
    }

    static ClusterScan of(ApiServer server, Path dir, String cluster) {
        return of(ApiServer.writeKubeconfig(dir, cluster, server.url()), Map.of());
    }

    static ClusterScan of(Path kubeconfig, Map<String, String> options) {
        return new ClusterScan(new KubernetesCollector().collect(request(kubeconfig, options)));
    }

    static ScanRequest request(Path kubeconfig, Map<String, String> options) {
        Map<String, String> env = new HashMap<>();
        if (kubeconfig != null) {
            env.put("KUBECONFIG", kubeconfig.toString());
        }
        return new ScanRequest(java.util.List.of(), null, AS_OF, options, env, null);
    }

    Finding probe(String id) {
        return probe(id, Map.of());
    }

    Finding probe(String id, Map<String, Object> parameters) {
        for (Probe p : ServiceLoader.load(Probe.class)) {
            if (p.id().equals(id)) {
                return p.evaluate(facts, new ProbeContext(Track.CLASSICAL, AS_OF, parameters));
            }
        }
        throw new IllegalArgumentException("no probe " + id);
    }
}
