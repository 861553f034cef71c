package dev.maturity.probes.mlflow.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.mlflow.api.proto.ModelRegistry;
import org.mlflow.api.proto.Service;

/**
 * Streams mlflow-client's protobuf messages for the two long lists (runs, model versions) out of
 * the JSON, field by field with the protos' own names: the same result as {@code JsonFormat} with
 * unknown fields ignored, several times faster on pages of a thousand runs. Each method starts
 * with the parser on the object's {@code START_OBJECT} and leaves it on its {@code END_OBJECT}.
 */
public final class ProtoStreams {

    private ProtoStreams() {
    }

    public static Service.Run run(JsonParser p) throws IOException {
        Service.Run.Builder run = Service.Run.newBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "info" -> run.setInfo(info(p));
                case "data" -> run.setData(data(p));
                case "inputs" -> run.setInputs(inputs(p));
                default -> p.skipChildren();
            }
        }
        return run.build();
    }

    private static Service.RunInfo info(JsonParser p) throws IOException {
        Service.RunInfo.Builder i = Service.RunInfo.newBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "run_id" -> i.setRunId(p.getValueAsString(""));
                case "run_uuid" -> i.setRunUuid(p.getValueAsString(""));
                case "run_name" -> i.setRunName(p.getValueAsString(""));
                case "experiment_id" -> i.setExperimentId(p.getValueAsString(""));
                case "user_id" -> i.setUserId(p.getValueAsString(""));
                case "start_time" -> i.setStartTime(p.getValueAsLong());
                case "end_time" -> i.setEndTime(p.getValueAsLong());
                case "artifact_uri" -> i.setArtifactUri(p.getValueAsString(""));
                case "lifecycle_stage" -> i.setLifecycleStage(p.getValueAsString(""));
                case "status" -> {
                    Service.RunStatus s = enumValue(Service.RunStatus.class, p.getValueAsString(""));
                    if (s != null) {
                        i.setStatus(s);
                    }
                }
                default -> p.skipChildren();
            }
        }
        return i.build();
    }

    private static Service.RunData data(JsonParser p) throws IOException {
        Service.RunData.Builder d = Service.RunData.newBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String key = "";
                String value = "";
                double number = 0;
                long timestamp = 0;
                long step = 0;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    switch (f) {
                        case "key" -> key = p.getValueAsString("");
                        case "value" -> {
                            if (field.equals("metrics")) {
                                number = p.getValueAsDouble();
                            } else {
                                value = p.getValueAsString("");
                            }
                        }
                        case "timestamp" -> timestamp = p.getValueAsLong();
                        case "step" -> step = p.getValueAsLong();
                        default -> p.skipChildren();
                    }
                }
                switch (field) {
                    case "metrics" -> d.addMetrics(Service.Metric.newBuilder().setKey(key).setValue(number)
                            .setTimestamp(timestamp).setStep(step));
                    case "params" -> d.addParams(Service.Param.newBuilder().setKey(key).setValue(value));
                    case "tags" -> d.addTags(Service.RunTag.newBuilder().setKey(key).setValue(value));
                    default -> { }
                }
            }
        }
        return d.build();
    }

    private static Service.RunInputs inputs(JsonParser p) throws IOException {
        Service.RunInputs.Builder in = Service.RunInputs.newBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() != JsonToken.START_ARRAY || !field.equals("dataset_inputs")) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Service.DatasetInput.Builder di = Service.DatasetInput.newBuilder();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    if (f.equals("tags") && p.currentToken() == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            String[] kv = keyValue(p);
                            di.addTags(Service.InputTag.newBuilder().setKey(kv[0]).setValue(kv[1]));
                        }
                    } else if (f.equals("dataset") && p.currentToken() == JsonToken.START_OBJECT) {
                        Service.Dataset.Builder ds = Service.Dataset.newBuilder();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String g = p.currentName();
                            p.nextToken();
                            switch (g) {
                                case "name" -> ds.setName(p.getValueAsString(""));
                                case "digest" -> ds.setDigest(p.getValueAsString(""));
                                case "source_type" -> ds.setSourceType(p.getValueAsString(""));
                                case "source" -> ds.setSource(p.getValueAsString(""));
                                default -> p.skipChildren();
                            }
                        }
                        di.setDataset(ds);
                    } else {
                        p.skipChildren();
                    }
                }
                in.addDatasetInputs(di);
            }
        }
        return in.build();
    }

    public static ModelRegistry.ModelVersion version(JsonParser p) throws IOException {
        ModelRegistry.ModelVersion.Builder v = ModelRegistry.ModelVersion.newBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> v.setName(p.getValueAsString(""));
                case "version" -> v.setVersion(p.getValueAsString(""));
                case "creation_timestamp" -> v.setCreationTimestamp(p.getValueAsLong());
                case "last_updated_timestamp" -> v.setLastUpdatedTimestamp(p.getValueAsLong());
                case "user_id" -> v.setUserId(p.getValueAsString(""));
                case "current_stage" -> v.setCurrentStage(p.getValueAsString(""));
                case "description" -> v.setDescription(p.getValueAsString(""));
                case "source" -> v.setSource(p.getValueAsString(""));
                case "run_id" -> v.setRunId(p.getValueAsString(""));
                case "run_link" -> v.setRunLink(p.getValueAsString(""));
                case "status" -> {
                    ModelRegistry.ModelVersionStatus s = enumValue(ModelRegistry.ModelVersionStatus.class, p.getValueAsString(""));
                    if (s != null) {
                        v.setStatus(s);
                    }
                }
                case "tags" -> {
                    if (p.currentToken() == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            String[] kv = keyValue(p);
                            v.addTags(ModelRegistry.ModelVersionTag.newBuilder().setKey(kv[0]).setValue(kv[1]));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                case "aliases" -> {
                    if (p.currentToken() == JsonToken.START_ARRAY) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            v.addAliases(p.getValueAsString(""));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        return v.build();
    }

    /** {@code {"key": …, "value": …}}, the parser on its START_OBJECT; leaves it on END_OBJECT. */
    private static String[] keyValue(JsonParser p) throws IOException {
        String[] kv = {"", ""};
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "key" -> kv[0] = p.getValueAsString("");
                case "value" -> kv[1] = p.getValueAsString("");
                default -> p.skipChildren();
            }
        }
        return kv;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
