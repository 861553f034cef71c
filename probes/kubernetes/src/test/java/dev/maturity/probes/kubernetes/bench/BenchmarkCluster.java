package dev.maturity.probes.kubernetes.bench;

import dev.maturity.fixtures.kubernetes.ApiServer;

/**
 * The benchmark's API server, run in its own JVM so the measured JVM holds only the client: 50,000
 * pods (5,000 of them GPU pods owned by Jobs), 5,000 GPU Jobs each with its Kueue Workload, 500
 * Rollouts. Prints {@code READY <url>} and serves until stdin closes.
 */
public final class BenchmarkCluster {

    public static final int PODS = 50_000;
    public static final int JOBS = 5_000;
    public static final int ROLLOUTS = 500;

    private BenchmarkCluster() {
    }

    public static void main(String[] args) throws Exception {
        try (ApiServer server = ApiServer.start()) {
            for (int j = 0; j < JOBS; j++) {
                String ns = "team-" + (j % 20);
                server.bulk(ApiServer.object("""
                        {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"train-%1$d","namespace":"%2$s",
                          "labels":{"kueue.x-k8s.io/queue-name":"gpu"}},
                         "spec":{"template":{"metadata":{"labels":{"app":"train-%1$d"}},"spec":{"restartPolicy":"Never",
                           "containers":[{"name":"train","image":"nvcr.io/nvidia/pytorch:24.08-py3","command":["torchrun","train.py"],
                             "env":[{"name":"EPOCHS","value":"10"},{"name":"HF_TOKEN","valueFrom":{"secretKeyRef":{"name":"hf","key":"token"}}}],
                             "resources":{"limits":{"nvidia.com/gpu":"1","memory":"32Gi"},"requests":{"cpu":"8"}}}]}}}}""".formatted(j, ns)));
                server.bulk(ApiServer.object("""
                        {"apiVersion":"kueue.x-k8s.io/v1beta2","kind":"Workload","metadata":{"name":"job-train-%1$d","namespace":"%2$s",
                          "ownerReferences":[{"apiVersion":"batch/v1","kind":"Job","name":"train-%1$d","controller":true}]},
                         "spec":{"queueName":"gpu","podSets":[{"name":"main","count":1}]},
                         "status":{"admission":{"clusterQueue":"gpu-shared"},"conditions":[{"type":"Admitted","status":"True"}]}}"""
                        .formatted(j, ns)));
            }
            for (int p = 0; p < PODS; p++) {
                int job = p % JOBS;
                boolean gpu = p < JOBS;
                String ns = "team-" + (job % 20);
                String owner = gpu ? "{\"apiVersion\":\"batch/v1\",\"kind\":\"Job\",\"name\":\"train-" + job + "\",\"controller\":true}"
                        : "{\"apiVersion\":\"apps/v1\",\"kind\":\"ReplicaSet\",\"name\":\"web-" + (p % 700) + "-7d9f\",\"controller\":true}";
                server.bulk(ApiServer.object("""
                        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"pod-%1$d","namespace":"%2$s","labels":{"app":"app-%3$d"},
                          "annotations":{"kubectl.kubernetes.io/restartedAt":"2026-11-29T10:00:00Z"},"ownerReferences":[%4$s]},
                         "spec":{"nodeName":"node-%3$d","schedulerName":"default-scheduler","containers":[{"name":"main",
                           "image":"registry.example.com/app:1.%3$d","args":["--port","8080"],
                           "resources":{"limits":{%5$s"memory":"2Gi"},"requests":{"cpu":"500m"}}}]},
                         "status":{"phase":"Running","podIP":"10.0.%3$d.%6$d"}}"""
                        .formatted(p, ns, p % 250, owner, gpu ? "\"nvidia.com/gpu\":\"1\"," : "", p % 250)));
            }
            for (int r = 0; r < ROLLOUTS; r++) {
                server.bulk(ApiServer.object("""
                        {"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","metadata":{"name":"svc-%1$d","namespace":"team-%2$d","labels":{"team":"t%2$d"}},
                         "spec":{"replicas":3,"selector":{"matchLabels":{"app":"svc-%1$d"}},
                           "template":{"metadata":{"labels":{"app":"svc-%1$d"}},"spec":{"containers":[{"name":"server",
                             "image":"docker.io/seldonio/mlserver:1.6.1","env":[{"name":"MLSERVER_MODEL_URI","value":"models:/svc-%1$d/3"}]}]}},
                           "strategy":{"canary":{"steps":[{"setWeight":10},{"pause":{"duration":"5m"}},{"analysis":{"templates":[{"templateName":"errors"}]}},{"setWeight":50}]}}}}"""
                        .formatted(r, r % 20)));
            }
            System.out.println("READY " + server.url());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the benchmark closes our stdin
            }
        }
    }
}
