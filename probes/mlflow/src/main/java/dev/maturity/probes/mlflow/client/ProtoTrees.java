package dev.maturity.probes.mlflow.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.mlflow.api.proto.ModelRegistry;
import org.mlflow.api.proto.Service;

/**
 * Builds mlflow-client's protobuf messages for the two long lists (runs, model versions) from
 * Jackson trees, field by field with the protos' own names: the same result as {@code JsonFormat}
 * with unknown fields ignored, several times faster on pages of a thousand runs.
 */
public final class ProtoTrees {

    private ProtoTrees() {
    }

    public static Service.Run run(JsonNode n) {
        JsonNode i = n.path("info");
        Service.RunInfo.Builder info = Service.RunInfo.newBuilder()
                .setRunId(text(i, "run_id")).setRunUuid(text(i, "run_uuid")).setRunName(text(i, "run_name"))
                .setExperimentId(text(i, "experiment_id")).setUserId(text(i, "user_id"))
                .setStartTime(i.path("start_time").asLong()).setEndTime(i.path("end_time").asLong())
                .setArtifactUri(text(i, "artifact_uri")).setLifecycleStage(text(i, "lifecycle_stage"));
        if (i.hasNonNull("status")) {
            try {
                info.setStatus(Service.RunStatus.valueOf(i.get("status").asText()));
            } catch (IllegalArgumentException unknown) {
                // a status this client does not know: leave unset
            }
        }
        Service.RunData.Builder data = Service.RunData.newBuilder();
        JsonNode d = n.path("data");
        for (JsonNode m : d.path("metrics")) {
            data.addMetrics(Service.Metric.newBuilder().setKey(text(m, "key")).setValue(m.path("value").asDouble())
                    .setTimestamp(m.path("timestamp").asLong()).setStep(m.path("step").asLong()));
        }
        for (JsonNode p : d.path("params")) {
            data.addParams(Service.Param.newBuilder().setKey(text(p, "key")).setValue(text(p, "value")));
        }
        for (JsonNode t : d.path("tags")) {
            data.addTags(Service.RunTag.newBuilder().setKey(text(t, "key")).setValue(text(t, "value")));
        }
        Service.RunInputs.Builder inputs = Service.RunInputs.newBuilder();
        for (JsonNode in : n.path("inputs").path("dataset_inputs")) {
            Service.DatasetInput.Builder di = Service.DatasetInput.newBuilder();
            for (JsonNode t : in.path("tags")) {
                di.addTags(Service.InputTag.newBuilder().setKey(text(t, "key")).setValue(text(t, "value")));
            }
            JsonNode ds = in.path("dataset");
            di.setDataset(Service.Dataset.newBuilder().setName(text(ds, "name")).setDigest(text(ds, "digest"))
                    .setSourceType(text(ds, "source_type")).setSource(text(ds, "source")));
            inputs.addDatasetInputs(di);
        }
        return Service.Run.newBuilder().setInfo(info).setData(data).setInputs(inputs).build();
    }

    public static ModelRegistry.ModelVersion version(JsonNode n) {
        ModelRegistry.ModelVersion.Builder v = ModelRegistry.ModelVersion.newBuilder()
                .setName(text(n, "name")).setVersion(text(n, "version"))
                .setCreationTimestamp(n.path("creation_timestamp").asLong())
                .setLastUpdatedTimestamp(n.path("last_updated_timestamp").asLong())
                .setUserId(text(n, "user_id")).setCurrentStage(text(n, "current_stage"))
                .setDescription(text(n, "description")).setSource(text(n, "source")).setRunId(text(n, "run_id"))
                .setRunLink(text(n, "run_link"));
        if (n.hasNonNull("status")) {
            try {
                v.setStatus(ModelRegistry.ModelVersionStatus.valueOf(n.get("status").asText()));
            } catch (IllegalArgumentException unknown) {
                // a status this client does not know: leave unset
            }
        }
        for (JsonNode t : n.path("tags")) {
            v.addTags(ModelRegistry.ModelVersionTag.newBuilder().setKey(text(t, "key")).setValue(text(t, "value")));
        }
        for (JsonNode a : n.path("aliases")) {
            v.addAliases(a.asText());
        }
        return v.build();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
