package dev.maturity.probes.mlflow.traces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.MlflowLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.core.digest.Digests;
import dev.maturity.probes.mlflow.client.MlflowHttp;
import dev.maturity.probes.mlflow.client.MlflowReadException;
import dev.maturity.probes.mlflow.client.Pages;
import dev.maturity.probes.mlflow.client.ProtoJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mlflow.api.proto.Service;

/**
 * Reads the most recent traces of active experiments: {@code POST /api/3.0/mlflow/traces/search}
 * (MLflow 3), falling back to {@code GET /api/2.0/mlflow/traces} on older servers. A server that
 * has neither endpoint has no traces.
 */
public final class TraceReader {

    static final String V3 = "/api/3.0/mlflow/traces/search";
    static final String V2 = "/api/2.0/mlflow/traces";
    private static final int EXPERIMENTS_PER_SEARCH = 100;
    private static final int PAGE = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MlflowHttp http;

    public TraceReader(MlflowHttp http) {
        this.http = http;
    }

    /** Recent traces grouped by experiment, up to the configured number in all. */
    public List<TraceSample> read(List<String> experimentIds) throws MlflowReadException {
        int limit = http.settings().maxTraces();
        List<Map.Entry<String, TraceSample.Trace>> read = new ArrayList<>();
        for (int i = 0; i < experimentIds.size() && read.size() < limit; i += EXPERIMENTS_PER_SEARCH) {
            List<String> group = experimentIds.subList(i, Math.min(experimentIds.size(), i + EXPERIMENTS_PER_SEARCH));
            int left = limit - read.size();
            List<Map.Entry<String, TraceSample.Trace>> page = v3Search(group, left);
            if (page == null) {
                page = v2Search(group, left);
            }
            if (page == null) {
                return List.of();
            }
            read.addAll(page);
        }
        Map<String, List<TraceSample.Trace>> byExperiment = new TreeMap<>();
        read.forEach(e -> byExperiment.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<TraceSample> out = new ArrayList<>();
        byExperiment.forEach((exp, traces) -> out.add(new TraceSample(exp, traces, new Evidence(
                new MlflowLocation(http.server().uri(), exp, null, null, null), Strength.LIVE,
                Digests.evidence(String.join(",", traces.stream().map(TraceSample.Trace::traceId).toList())),
                traces.size() + " recent trace(s), e.g. " + traces.get(0).traceId()))));
        return out;
    }

    private List<Map.Entry<String, TraceSample.Trace>> v3Search(List<String> experiments, int limit) throws MlflowReadException {
        byte[] first = http.searchOrNull(V3, v3Body(experiments, limit, null));
        if (first == null) {
            return null;
        }
        return Pages.all("POST " + V3, token -> token == null ? first : http.searchOrNull(V3, v3Body(experiments, limit, token)),
                reply -> {
                    JsonNode root = parse("POST " + V3, reply);
                    List<Map.Entry<String, TraceSample.Trace>> traces = new ArrayList<>();
                    for (JsonNode t : root.path("traces")) {
                        String exp = t.path("trace_location").path("mlflow_experiment").path("experiment_id").asText("");
                        traces.add(Map.entry(exp, new TraceSample.Trace(t.path("trace_id").asText(""),
                                map(t.path("tags")), map(t.path("trace_metadata")))));
                    }
                    return new Pages.Page<>(traces, root.path("next_page_token").asText(""));
                }, limit, Math.min(PAGE, limit), http);
    }

    private static String v3Body(List<String> experiments, int limit, String token) {
        ObjectNode body = JSON.createObjectNode();
        var locations = body.putArray("locations");
        experiments.forEach(e -> locations.addObject().put("type", "MLFLOW_EXPERIMENT")
                .putObject("mlflow_experiment").put("experiment_id", e));
        body.put("max_results", Math.min(PAGE, limit));
        body.putArray("order_by").add("timestamp_ms DESC");
        if (token != null) {
            body.put("page_token", token);
        }
        return body.toString();
    }

    private List<Map.Entry<String, TraceSample.Trace>> v2Search(List<String> experiments, int limit) throws MlflowReadException {
        byte[] first = http.getOrNull(V2, v2Query(experiments, limit, null));
        if (first == null) {
            return null;
        }
        return Pages.all("GET " + V2, token -> token == null ? first : http.get(V2, v2Query(experiments, limit, token)),
                reply -> {
                    Service.SearchTraces.Response r = ProtoJson.decode("GET " + V2, reply, Service.SearchTraces.Response.newBuilder());
                    List<Map.Entry<String, TraceSample.Trace>> traces = new ArrayList<>();
                    for (Service.TraceInfo t : r.getTracesList()) {
                        Map<String, String> tags = new TreeMap<>();
                        t.getTagsList().forEach(x -> tags.put(x.getKey(), x.getValue()));
                        Map<String, String> meta = new TreeMap<>();
                        t.getRequestMetadataList().forEach(x -> meta.put(x.getKey(), x.getValue()));
                        traces.add(Map.entry(t.getExperimentId(), new TraceSample.Trace(t.getRequestId(), tags, meta)));
                    }
                    return new Pages.Page<>(traces, r.getNextPageToken());
                }, limit, Math.min(PAGE, limit), http);
    }

    private static Map<String, Object> v2Query(List<String> experiments, int limit, String token) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("experiment_ids", experiments);
        q.put("max_results", Math.min(PAGE, limit));
        q.put("order_by", "timestamp_ms DESC");
        q.put("page_token", token);
        return q;
    }

    private static JsonNode parse(String what, byte[] body) throws MlflowReadException {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || !n.isObject()) {
                throw new MlflowReadException(SourceStatus.ERROR, what + ": malformed response (not a JSON object)");
            }
            return n;
        } catch (java.io.IOException e) {
            throw new MlflowReadException(SourceStatus.ERROR, what + ": malformed response (not JSON)");
        }
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }
}
