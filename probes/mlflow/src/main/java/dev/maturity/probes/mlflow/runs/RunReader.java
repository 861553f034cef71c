package dev.maturity.probes.mlflow.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.MlflowLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.digest.Digests;
import dev.maturity.probes.mlflow.client.ListPage;
import dev.maturity.probes.mlflow.client.ProtoStreams;
import dev.maturity.probes.mlflow.client.MlflowHttp;
import dev.maturity.probes.mlflow.client.MlflowReadException;
import dev.maturity.probes.mlflow.client.Pages;
import dev.maturity.probes.mlflow.client.ProtoJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mlflow.api.proto.Service;

/**
 * Reads active experiments, their most recent runs (paged, up to a limit), and single runs by id.
 */
public final class RunReader {

    static final String EXPERIMENTS = "/api/2.0/mlflow/experiments/search";
    static final String RUNS = "/api/2.0/mlflow/runs/search";
    static final String RUN = "/api/2.0/mlflow/runs/get";
    private static final int EXPERIMENTS_PER_SEARCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MlflowHttp http;

    public RunReader(MlflowHttp http) {
        this.http = http;
    }

    /** Ids of every active experiment. */
    public List<String> activeExperiments() throws MlflowReadException {
        List<Service.Experiment> all = Pages.all("GET " + EXPERIMENTS, token -> {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("max_results", http.settings().pageSize());
            q.put("view_type", "ACTIVE_ONLY");
            q.put("page_token", token);
            return http.get(EXPERIMENTS, q);
        }, body -> {
            Service.SearchExperiments.Response r = ProtoJson.decode("GET " + EXPERIMENTS, body,
                    Service.SearchExperiments.Response.newBuilder());
            return new Pages.Page<>(r.getExperimentsList(), r.getNextPageToken());
        }, http);
        return all.stream().filter(e -> !e.getLifecycleStage().equals("deleted")).map(Service.Experiment::getExperimentId).toList();
    }

    /** The most recent active runs of the given experiments, newest first per group of experiments, up to {@code limit}. */
    public List<Run> recentRuns(List<String> experimentIds, int limit) throws MlflowReadException {
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < experimentIds.size() && out.size() < limit; i += EXPERIMENTS_PER_SEARCH) {
            List<String> group = experimentIds.subList(i, Math.min(experimentIds.size(), i + EXPERIMENTS_PER_SEARCH));
            int left = limit - out.size();
            List<Run> runs = Pages.all("POST " + RUNS,
                    token -> http.searchOrNull(RUNS, searchBody(group, Math.min(left, http.settings().pageSize()), token)),
                    body -> ListPage.read("POST " + RUNS, body, "runs",
                            ProtoStreams::run, (r, digest) -> run(r, digest, false)),
                    left, http.settings().pageSize(), http);
            out.addAll(runs);
        }
        return out;
    }

    /** One run by id; empty when the server has no such run (deleted or never existed). */
    public Optional<Run> run(String runId) throws MlflowReadException {
        byte[] body = http.getOrNull(RUN, Map.of("run_id", runId));
        if (body == null) {
            return Optional.empty();
        }
        Service.GetRun.Response r = ProtoJson.decode("GET " + RUN, body, Service.GetRun.Response.newBuilder());
        return Optional.of(run(r.getRun(), Digests.evidence(body), true));
    }

    private static String searchBody(List<String> experimentIds, int maxResults, String token) {
        ObjectNode body = JSON.createObjectNode();
        experimentIds.forEach(body.putArray("experiment_ids")::add);
        body.put("max_results", maxResults);
        body.put("run_view_type", "ACTIVE_ONLY");
        body.putArray("order_by").add("attributes.start_time DESC");
        if (token != null) {
            body.put("page_token", token);
        }
        return body.toString();
    }

    private Run run(Service.Run r, String digest, boolean forVersion) {
        Service.RunInfo info = r.getInfo();
        String runId = info.getRunId().isBlank() ? info.getRunUuid() : info.getRunId();
        Map<String, String> tags = new TreeMap<>();
        r.getData().getTagsList().forEach(t -> tags.put(t.getKey(), t.getValue()));
        TreeSet<String> metrics = new TreeSet<>();
        r.getData().getMetricsList().forEach(m -> metrics.add(m.getKey()));
        List<Run.DatasetInput> datasets = new ArrayList<>();
        for (Service.DatasetInput in : r.getInputs().getDatasetInputsList()) {
            String context = in.getTagsList().stream().filter(t -> t.getKey().equals("mlflow.data.context"))
                    .map(Service.InputTag::getValue).findFirst().orElse("");
            Service.Dataset d = in.getDataset();
            datasets.add(new Run.DatasetInput(d.getName(), d.getDigest(), d.getSourceType(), context));
        }
        String status = info.hasStatus() ? info.getStatus().name() : "";
        Evidence ev = new Evidence(MlflowLocation.run(http.server().uri(), info.getExperimentId(), runId), Strength.LIVE,
                digest, "run " + runId + (status.isEmpty() ? "" : " " + status)
                + ", " + metrics.size() + " metrics, " + r.getData().getParamsCount() + " params");
        return new Run(runId, info.getExperimentId(), status, info.getStartTime(), tags, metrics,
                r.getData().getParamsCount(), datasets, forVersion, ev);
    }
}
