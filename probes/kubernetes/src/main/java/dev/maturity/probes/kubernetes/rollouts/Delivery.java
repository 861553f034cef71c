package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.serving.ModelService;
import dev.maturity.probes.kubernetes.serving.ModelServices;
import java.util.ArrayList;
import java.util.List;

/** The objects that decide how traffic reaches one model service: its Rollout, Flagger Canaries, Istio routes, Seldon experiments. */
record Delivery(ModelService service, ResourceObject rollout, List<ResourceObject> canaries,
                List<ResourceObject> virtualServices, List<ResourceObject> experiments) {

    static final List<ApiKind> KINDS = kinds();

    private static List<ApiKind> kinds() {
        List<ApiKind> k = new ArrayList<>(ModelServices.KINDS);
        k.addAll(List.of(ApiKinds.CANARY, ApiKinds.VIRTUAL_SERVICE, ApiKinds.SELDON_EXPERIMENT));
        return List.copyOf(k);
    }

    static Delivery of(Manifests m, ModelService s) {
        ResourceObject rollout = s.object().is("argoproj.io", "Rollout") ? s.object() : null;
        List<ResourceObject> canaries = m.of(ApiKinds.CANARY).stream()
                .filter(c -> Manifests.sameNamespace(c.namespace(), s.namespace())
                        && c.body().at("spec", "targetRef", "name").textOr("").equals(s.name()))
                .toList();
        List<ResourceObject> vs = m.of(ApiKinds.VIRTUAL_SERVICE).stream().filter(v -> routesTo(v, s)).toList();
        List<ResourceObject> ex = m.of(ApiKinds.SELDON_EXPERIMENT).stream()
                .filter(e -> Manifests.sameNamespace(e.namespace(), s.namespace()) && (e.body().at("spec", "candidates").items().stream()
                        .anyMatch(c -> c.get("name").textOr("").equals(s.name()))
                        || e.body().at("spec", "mirror", "name").textOr("").equals(s.name())))
                .toList();
        return new Delivery(s, rollout, canaries, vs, ex);
    }

    /** The canary strategy of the Rollout, or MISSING. */
    YamlNode canary() {
        return rollout == null ? YamlNode.MISSING : rollout.body().at("spec", "strategy", "canary");
    }

    YamlNode blueGreen() {
        return rollout == null ? YamlNode.MISSING : rollout.body().at("spec", "strategy", "blueGreen");
    }

    List<YamlNode> steps() {
        return canary().get("steps").items();
    }

    private static boolean routesTo(ResourceObject vs, ModelService s) {
        List<String> hosts = new ArrayList<>();
        for (YamlNode http : vs.body().at("spec", "http").items()) {
            http.get("route").items().forEach(r -> r.at("destination", "host").text().ifPresent(hosts::add));
            http.at("mirror", "host").text().ifPresent(hosts::add);
            http.get("mirrors").items().forEach(r -> r.at("destination", "host").text().ifPresent(hosts::add));
        }
        return hosts.stream().anyMatch(h -> hostMatches(h, vs.namespace(), s));
    }

    static boolean hostMatches(String host, String vsNamespace, ModelService s) {
        String[] parts = host.split("\\.");
        String ns = parts.length > 1 ? parts[1] : vsNamespace;
        return s.hosts().contains(parts[0]) && Manifests.sameNamespace(ns, s.namespace());
    }
}
