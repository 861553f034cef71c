package dev.maturity.probes.mlflow.registry;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.MlflowLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.digest.Digests;
import dev.maturity.probes.mlflow.client.ListPage;
import dev.maturity.probes.mlflow.client.ProtoStreams;
import dev.maturity.probes.mlflow.client.Read;
import dev.maturity.probes.mlflow.client.MlflowHttp;
import dev.maturity.probes.mlflow.client.MlflowReadException;
import dev.maturity.probes.mlflow.client.Pages;
import dev.maturity.probes.mlflow.client.ProtoJson;
import dev.maturity.probes.mlflow.prompts.PromptVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mlflow.api.proto.ModelRegistry;

/**
 * Reads every registered model and every version (prompts excluded), page by page: one request
 * per page, nothing per model. Aliases come from the registered models, so no per-alias call.
 */
public final class RegistryReader {

    static final String MODELS = "/api/2.0/mlflow/registered-models/search";
    static final String VERSIONS = "/api/2.0/mlflow/model-versions/search";

    private final MlflowHttp http;

    public RegistryReader(MlflowHttp http) {
        this.http = http;
    }

    /** What the registry holds. */
    public record Contents(List<RegisteredModel> models, List<ModelVersion> versions) {
    }

    public Contents read() throws MlflowReadException {
        List<ModelRegistry.RegisteredModel> models = searchModels(http, null);
        List<Read<ModelRegistry.ModelVersion>> versions = searchVersions(http, null);
        Set<String> prompts = models.stream().filter(RegistryReader::isPrompt)
                .map(ModelRegistry.RegisteredModel::getName).collect(Collectors.toSet());
        Map<String, Map<String, String>> aliasesByModel = new LinkedHashMap<>();
        List<RegisteredModel> outModels = new ArrayList<>();
        for (ModelRegistry.RegisteredModel m : models) {
            if (prompts.contains(m.getName())) {
                continue;
            }
            Map<String, String> aliases = new TreeMap<>();
            m.getAliasesList().forEach(a -> aliases.put(a.getAlias(), a.getVersion()));
            aliasesByModel.put(m.getName(), aliases);
            Map<String, String> tags = new TreeMap<>();
            m.getTagsList().forEach(t -> tags.put(t.getKey(), t.getValue()));
            String uri = http.server().uri();
            outModels.add(new RegisteredModel(m.getName(), m.getDescription(), tags, aliases,
                    new Evidence(MlflowLocation.modelVersion(uri, m.getName(), null, null), Strength.LIVE,
                            Digests.evidence(m.toByteArray()), "registered model " + m.getName())));
        }
        List<ModelVersion> outVersions = new ArrayList<>();
        for (Read<ModelRegistry.ModelVersion> read : versions) {
            ModelRegistry.ModelVersion v = read.message();
            if (prompts.contains(v.getName()) || isPrompt(v)) {
                continue;
            }
            outVersions.add(version(v, read.digest(), aliasesByModel.getOrDefault(v.getName(), Map.of())));
        }
        return new Contents(outModels, outVersions);
    }

    private ModelVersion version(ModelRegistry.ModelVersion v, String digest, Map<String, String> modelAliases) {
        Set<String> aliases = new java.util.TreeSet<>(v.getAliasesList());
        modelAliases.forEach((alias, ver) -> {
            if (ver.equals(v.getVersion())) {
                aliases.add(alias);
            }
        });
        Map<String, String> tags = new TreeMap<>();
        v.getTagsList().forEach(t -> tags.put(t.getKey(), t.getValue()));
        String runId = v.getRunId().isBlank() ? null : v.getRunId();
        String status = v.hasStatus() ? v.getStatus().name() : "";
        Evidence ev = new Evidence(MlflowLocation.modelVersion(http.server().uri(), v.getName(), v.getVersion(), runId),
                Strength.LIVE, digest, "model version " + v.getName() + "/" + v.getVersion()
                + (aliases.isEmpty() ? "" : " @" + String.join(",@", aliases))
                + (v.getCurrentStage().isBlank() || v.getCurrentStage().equals("None") ? "" : " stage " + v.getCurrentStage()));
        return new ModelVersion(v.getName(), v.getVersion(), runId, status, v.getCurrentStage(), List.copyOf(aliases),
                tags, v.getCreationTimestamp(), v.getUserId(), v.getSource(), ev);
    }

    /** Every registered model matching {@code filter} (null: all). */
    public static List<ModelRegistry.RegisteredModel> searchModels(MlflowHttp http, String filter) throws MlflowReadException {
        return Pages.all("GET " + MODELS, token -> http.get(MODELS, query(http, filter, token)), body -> {
            ModelRegistry.SearchRegisteredModels.Response r = ProtoJson.decode("GET " + MODELS, body,
                    ModelRegistry.SearchRegisteredModels.Response.newBuilder());
            return new Pages.Page<>(r.getRegisteredModelsList(), r.getNextPageToken());
        }, http);
    }

    /** Every model version matching {@code filter} (null: all). */
    public static List<Read<ModelRegistry.ModelVersion>> searchVersions(MlflowHttp http, String filter) throws MlflowReadException {
        return Pages.all("GET " + VERSIONS, token -> http.get(VERSIONS, query(http, filter, token)),
                body -> ListPage.read("GET " + VERSIONS, body, "model_versions",
                        ProtoStreams::version, Read::new),
                http);
    }

    private static Map<String, Object> query(MlflowHttp http, String filter, String token) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("max_results", http.settings().pageSize());
        q.put("filter", filter);
        q.put("page_token", token);
        return q;
    }

    static boolean isPrompt(ModelRegistry.RegisteredModel m) {
        return m.getTagsList().stream().anyMatch(t -> t.getKey().equals(PromptVersion.IS_PROMPT) && t.getValue().equalsIgnoreCase("true"));
    }

    static boolean isPrompt(ModelRegistry.ModelVersion v) {
        return v.getTagsList().stream().anyMatch(t -> t.getKey().equals(PromptVersion.IS_PROMPT) && t.getValue().equalsIgnoreCase("true"));
    }
}
