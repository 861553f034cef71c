package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Selectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the workloads that serve models. KServe and Seldon objects always do; Deployments and
 * Rollouts do when an image is a known serving runtime or a label matches the configurable
 * selectors ({@code kubernetes.serving-selectors}, {@code key=value}). Deployments owned by a
 * controller (KServe, Seldon) or wrapped by a Rollout's workloadRef are not counted twice.
 */
public final class ModelServices {

    /** The kinds model services are recognised from. */
    public static final List<ApiKind> KINDS = List.of(ApiKinds.DEPLOYMENT, ApiKinds.ROLLOUT, ApiKinds.INFERENCE_SERVICE,
            ApiKinds.SELDON_DEPLOYMENT, ApiKinds.SELDON_MODEL, ApiKinds.SERVICE);

    static final List<String> DEFAULT_SELECTORS = List.of("app.kubernetes.io/component=model-serving",
            "app.kubernetes.io/component=inference-server", "maturity.dev/model-service=true");
    static final List<String> DEFAULT_LLM_LABELS = List.of("llm=true", "model-type=llm",
            "app.kubernetes.io/component=llm", "maturity.dev/llm=true");
    private static final List<String> KSERVE_FORMATS = List.of("sklearn", "xgboost", "lightgbm", "tensorflow", "pytorch",
            "onnx", "triton", "huggingface", "mlflow", "paddle", "pmml");

    private ModelServices() {
    }

    /** The rubric parameter: the share of model services a "standard for model services" criterion needs. */
    public static final String SHARE_PARAMETER = "kubernetes.model-service-share";
    public static final double DEFAULT_SHARE = 0.8;

    /** The share of model services the rubric asks for. */
    public static double requiredShare(ProbeContext ctx) {
        return ctx.number(SHARE_PARAMETER, DEFAULT_SHARE);
    }

    /** At least one, and at least the rubric's share, of {@code total} model services have the property. */
    public static boolean enough(ProbeContext ctx, long covered, int total) {
        return covered > 0 && covered >= requiredShare(ctx) * total;
    }

    public static List<ModelService> find(Manifests m, ProbeContext ctx) {
        List<String> selectors = ctx.list("kubernetes.serving-selectors", DEFAULT_SELECTORS);
        List<String> llmLabels = ctx.list("kubernetes.llm-labels", DEFAULT_LLM_LABELS);
        List<ModelService> out = new ArrayList<>();
        Set<String> wrapped = new HashSet<>();
        for (ResourceObject r : m.of(ApiKinds.ROLLOUT)) {
            YamlNode template = r.body().at("spec", "template");
            String ref = r.body().at("spec", "workloadRef", "name").textOr("");
            if (!ref.isEmpty()) {
                var target = m.find(ApiKinds.DEPLOYMENT, r.namespace(), ref);
                if (target.isPresent()) {
                    template = target.get().body().at("spec", "template");
                    wrapped.add(target.get().qualifiedName());
                }
            }
            workload(m, r, template, selectors, llmLabels).ifPresent(out::add);
        }
        for (ResourceObject d : m.of(ApiKinds.DEPLOYMENT)) {
            boolean owned = d.body().at("metadata", "ownerReferences").items().stream()
                    .anyMatch(o -> o.get("controller").textOr("false").equals("true"));
            if (!owned && !wrapped.contains(d.qualifiedName())) {
                workload(m, d, d.body().at("spec", "template"), selectors, llmLabels).ifPresent(out::add);
            }
        }
        m.of(ApiKinds.INFERENCE_SERVICE).forEach(i -> out.add(inferenceService(i, llmLabels)));
        m.of(ApiKinds.SELDON_DEPLOYMENT).forEach(s -> out.add(seldon(s, llmLabels)));
        m.of(ApiKinds.SELDON_MODEL).forEach(s -> out.add(seldonModel(s, llmLabels)));
        return out;
    }

    private static java.util.Optional<ModelService> workload(Manifests m, ResourceObject o, YamlNode template,
                                                             List<String> selectors, List<String> llmLabels) {
        Map<String, String> podLabels = Selectors.strings(template.at("metadata", "labels"));
        Map<String, String> labels = new HashMap<>(podLabels);
        labels.putAll(o.labels());
        String runtime = null;
        List<String> refs = new ArrayList<>();
        for (YamlNode c : template.at("spec", "containers").items()) {
            List<String> cmd = new ArrayList<>(c.get("command").texts());
            cmd.addAll(c.get("args").texts());
            if (runtime == null) {
                runtime = ServingImages.runtime(c.get("image").textOr(""), cmd);
            }
            refs.addAll(ModelRefs.fromCommandLine(cmd));
            c.get("env").items().forEach(e -> {
                String name = e.get("name").textOr("").toUpperCase(Locale.ROOT);
                if (name.contains("MODEL") || name.contains("STORAGE_URI")) {
                    e.get("value").text().ifPresent(refs::add);
                }
            });
        }
        if (runtime == null && !anyLabel(labels, selectors)) {
            return java.util.Optional.empty();
        }
        boolean llm = ServingImages.llmRuntime(runtime) || anyLabel(labels, llmLabels);
        List<String> hosts = hosts(m, o, podLabels);
        return java.util.Optional.of(new ModelService(o, runtime == null ? "selector" : runtime, llm, podLabels, refs, hosts));
    }

    private static ModelService inferenceService(ResourceObject i, List<String> llmLabels) {
        YamlNode p = i.body().at("spec", "predictor");
        String format = p.at("model", "modelFormat", "name").textOr("");
        YamlNode model = p.get("model");
        if (format.isEmpty()) {
            for (String f : KSERVE_FORMATS) {
                if (p.has(f)) {
                    format = f;
                    model = p.get(f);
                    break;
                }
            }
        }
        List<String> refs = new ArrayList<>();
        model.get("storageUri").text().ifPresent(refs::add);
        List<String> args = model.get("args").texts();
        refs.addAll(ModelRefs.fromCommandLine(args));
        String runtime = "kserve:" + (format.isEmpty() ? "custom" : format.toLowerCase(Locale.ROOT));
        String rt = model.get("runtime").textOr("").toLowerCase(Locale.ROOT);
        boolean llm = format.equalsIgnoreCase("huggingface") || rt.contains("vllm") || rt.contains("tgi")
                || args.stream().anyMatch(a -> a.contains("vllm")) || anyLabel(i.labels(), llmLabels);
        Map<String, String> pods = Map.of("serving.kserve.io/inferenceservice", i.name());
        return new ModelService(i, runtime, llm, pods, refs, List.of(i.name(), i.name() + "-predictor", i.name() + "-predictor-default"));
    }

    private static ModelService seldon(ResourceObject s, List<String> llmLabels) {
        List<String> refs = new ArrayList<>();
        Set<String> hosts = new LinkedHashSet<>(List.of(s.name()));
        String impl = "";
        for (YamlNode pred : s.body().at("spec", "predictors").items()) {
            hosts.add(s.name() + "-" + pred.get("name").textOr(""));
            List<YamlNode> graph = new ArrayList<>();
            pred.get("graph").walk(n -> {
                if (n.has("modelUri")) {
                    graph.add(n);
                }
            });
            for (YamlNode g : graph) {
                refs.add(g.get("modelUri").textOr(""));
            }
            impl = impl.isEmpty() ? pred.at("graph", "implementation").textOr("") : impl;
        }
        boolean llm = anyLabel(s.labels(), llmLabels) || impl.toLowerCase(Locale.ROOT).contains("llm");
        return new ModelService(s, "seldon:" + (impl.isEmpty() ? "custom" : impl.toLowerCase(Locale.ROOT)), llm,
                Map.of("seldon-deployment-id", s.name()), refs, List.copyOf(hosts));
    }

    private static ModelService seldonModel(ResourceObject s, List<String> llmLabels) {
        List<String> req = s.body().at("spec", "requirements").texts();
        boolean llm = anyLabel(s.labels(), llmLabels) || req.stream().anyMatch(r -> r.matches("(?i).*(llm|vllm|openai|huggingface).*"));
        List<String> refs = s.body().at("spec", "storageUri").texts();
        return new ModelService(s, "seldon-v2:" + String.join("+", req), llm, Map.of(), refs, List.of(s.name()));
    }

    private static List<String> hosts(Manifests m, ResourceObject o, Map<String, String> podLabels) {
        List<String> hosts = new ArrayList<>(List.of(o.name()));
        for (ResourceObject svc : m.of(ApiKinds.SERVICE)) {
            if (Manifests.sameNamespace(svc.namespace(), o.namespace())
                    && Selectors.selects(Selectors.strings(svc.body().at("spec", "selector")), podLabels)) {
                hosts.add(svc.name());
            }
        }
        for (String key : new String[] {"canaryService", "stableService"}) {
            o.body().at("spec", "strategy", "canary", key).text().ifPresent(hosts::add);
        }
        return hosts;
    }

    static boolean anyLabel(Map<String, String> labels, List<String> pairs) {
        for (String p : pairs) {
            int eq = p.indexOf('=');
            String k = eq < 0 ? p : p.substring(0, eq);
            String v = eq < 0 ? null : p.substring(eq + 1);
            String actual = labels.get(k);
            if (actual != null && (v == null || v.equalsIgnoreCase(actual))) {
                return true;
            }
        }
        return false;
    }
}
