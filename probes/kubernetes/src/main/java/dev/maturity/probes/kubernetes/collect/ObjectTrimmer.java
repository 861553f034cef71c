package dev.maturity.probes.kubernetes.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Gpu;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps of each object only what probes read, so memory grows with evidence, not with the cluster:
 * pods only when they request GPUs and no workload controller owns them, pod templates reduced to images, arguments, resources and
 * labels, and no secret-looking environment values or arguments.
 */
final class ObjectTrimmer {

    private static final Pattern SECRETISH = Pattern.compile("(?i).*(token|secret|passw|api[-_]?key|credential|auth).*");
    private static final Pattern MODEL_ENV = Pattern.compile("(?i).*(model|storage_uri|mlflow|revision|version|served|feature|runtime).*");
    private static final int MAX_ANNOTATION = 512;
    private static final java.util.Set<String> CONTROLLERS = java.util.Set.of("Job", "ReplicaSet", "StatefulSet", "DaemonSet");

    private ObjectTrimmer() {
    }

    /** The trimmed object, or null when nothing of it is evidence (a pod without GPU requests). */
    static ObjectNode trim(ApiKind kind, JsonNode item) {
        JsonNode spec = item.path("spec");
        if (kind.equals(ApiKinds.POD) && (!Gpu.requests(spec) || controlled(item))) {
            return null;
        }
        ObjectNode out = ApiReader.JSON.createObjectNode();
        out.set("metadata", metadata(item.path("metadata")));
        ObjectNode s = out.putObject("spec");
        if (kind.equals(ApiKinds.POD)) {
            s.setAll(podSpec(spec));
            copy(item.path("status"), "phase", out.putObject("status"));
        } else if (kind.equals(ApiKinds.JOB)) {
            copy(spec, "suspend", s);
            s.set("template", template(spec.path("template")));
            ObjectNode st = out.putObject("status");
            for (String f : new String[] {"active", "succeeded", "failed"}) {
                copy(item.path("status"), f, st);
            }
        } else if (kind.equals(ApiKinds.CRON_JOB)) {
            copy(spec, "schedule", s);
            copy(spec, "suspend", s);
            s.putObject("jobTemplate").putObject("spec").set("template", template(spec.at("/jobTemplate/spec/template")));
            ObjectNode st = out.putObject("status");
            copy(item.path("status"), "lastScheduleTime", st);
            copy(item.path("status"), "lastSuccessfulTime", st);
        } else if (kind.equals(ApiKinds.DEPLOYMENT) || kind.equals(ApiKinds.ROLLOUT)) {
            for (String f : new String[] {"replicas", "selector", "workloadRef"}) {
                copy(spec, f, s);
            }
            if (spec.has("strategy")) {
                s.set("strategy", sanitize(spec.path("strategy").deepCopy()));
            }
            if (spec.has("template")) {
                s.set("template", template(spec.path("template")));
            }
        } else if (kind.equals(ApiKinds.SERVICE)) {
            copy(spec, "selector", s);
            copy(spec, "ports", s);
        } else if (kind.equals(ApiKinds.WORKLOAD)) {
            copy(spec, "queueName", s);
            ObjectNode st = out.putObject("status");
            copy(item.at("/status/admission"), "clusterQueue", st.putObject("admission"));
            ArrayNode conds = st.putArray("conditions");
            item.at("/status/conditions").forEach(c -> conds.addObject()
                    .put("type", c.path("type").asText()).put("status", c.path("status").asText()));
        } else if (kind.equals(ApiKinds.VOLCANO_JOB)) {
            copy(spec, "queue", s);
            copy(spec, "schedulerName", s);
            ArrayNode tasks = s.putArray("tasks");
            spec.path("tasks").forEach(t -> {
                ObjectNode task = tasks.addObject();
                copy(t, "name", task);
                copy(t, "replicas", task);
                task.set("template", template(t.path("template")));
            });
        } else {
            if (spec.isObject()) {
                s.setAll((ObjectNode) sanitize(spec.deepCopy()));
            }
            if (kind.equals(ApiKinds.INFERENCE_SERVICE)) {
                copy(item.at("/status/components/predictor"), "traffic", out.putObject("status"));
            }
        }
        return out;
    }

    /** Pods a Job, ReplicaSet, StatefulSet or DaemonSet controls are judged through their controller, not kept. */
    private static boolean controlled(JsonNode item) {
        for (JsonNode ref : item.at("/metadata/ownerReferences")) {
            if (ref.path("controller").asBoolean(false) && CONTROLLERS.contains(ref.path("kind").asText())) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode metadata(JsonNode m) {
        ObjectNode out = ApiReader.JSON.createObjectNode();
        for (String f : new String[] {"name", "namespace", "uid", "resourceVersion", "labels"}) {
            copy(m, f, out);
        }
        ObjectNode ann = out.putObject("annotations");
        for (Iterator<Map.Entry<String, JsonNode>> it = m.path("annotations").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String v = e.getValue().asText();
            if (!e.getKey().startsWith("kubectl.kubernetes.io/") && v.length() <= MAX_ANNOTATION && !SECRETISH.matcher(e.getKey()).matches()) {
                ann.put(e.getKey(), v);
            }
        }
        ArrayNode owners = out.putArray("ownerReferences");
        m.path("ownerReferences").forEach(o -> {
            ObjectNode ref = owners.addObject();
            for (String f : new String[] {"apiVersion", "kind", "name", "uid", "controller"}) {
                copy(o, f, ref);
            }
        });
        return out;
    }

    private static ObjectNode template(JsonNode t) {
        ObjectNode out = ApiReader.JSON.createObjectNode();
        ObjectNode md = out.putObject("metadata");
        copy(t.path("metadata"), "labels", md);
        copy(t.path("metadata"), "annotations", md);
        out.set("spec", podSpec(t.path("spec")));
        return out;
    }

    private static ObjectNode podSpec(JsonNode spec) {
        ObjectNode out = ApiReader.JSON.createObjectNode();
        copy(spec, "schedulerName", out);
        ArrayNode containers = out.putArray("containers");
        spec.path("containers").forEach(c -> {
            ObjectNode k = containers.addObject();
            for (String f : new String[] {"name", "image", "command", "args", "env", "resources", "ports"}) {
                copy(c, f, k);
            }
            sanitize(k);
        });
        return out;
    }

    /** Removes secret-looking environment entries and argument values, in place, at any depth. */
    static JsonNode sanitize(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode env = o.get("env");
            if (env instanceof ArrayNode a) {
                ArrayNode kept = ApiReader.JSON.createArrayNode();
                a.forEach(e -> {
                    String name = e.path("name").asText();
                    if (MODEL_ENV.matcher(name).matches() && !SECRETISH.matcher(name).matches() && e.has("value")) {
                        kept.addObject().put("name", name).put("value", e.path("value").asText());
                    }
                });
                o.set("env", kept);
            }
            for (String f : new String[] {"args", "command"}) {
                if (o.get(f) instanceof ArrayNode a) {
                    o.set(f, redactArgs(a));
                }
            }
            o.fields().forEachRemaining(e -> sanitize(e.getValue()));
        } else if (node instanceof ArrayNode a) {
            a.forEach(ObjectTrimmer::sanitize);
        }
        return node;
    }

    private static ArrayNode redactArgs(ArrayNode args) {
        ArrayNode out = ApiReader.JSON.createArrayNode();
        boolean skipNext = false;
        for (JsonNode a : args) {
            String s = a.asText();
            if (skipNext) {
                skipNext = false;
                continue;
            }
            if (SECRETISH.matcher(s).matches()) {
                skipNext = s.startsWith("-") && !s.contains("=");
                continue;
            }
            out.add(s);
        }
        return out;
    }

    private static void copy(JsonNode from, String field, ObjectNode to) {
        JsonNode v = from.get(field);
        if (v != null && !v.isNull()) {
            to.set(field, v.deepCopy());
        }
    }
}
