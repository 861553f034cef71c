package dev.maturity.probes.kubernetes.monitoring;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Judgement;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Selectors;
import dev.maturity.probes.kubernetes.objects.Verdict;
import dev.maturity.probes.kubernetes.serving.ModelService;
import dev.maturity.probes.kubernetes.serving.ModelServices;
import java.util.ArrayList;
import java.util.List;

/**
 * Model serving is scraped: a ServiceMonitor whose selector matches a Service that selects the
 * model service's pods, or a PodMonitor whose selector matches those pods, within the monitor's
 * namespace selector and with at least one endpoint. A monitor that matches nothing proves nothing.
 * MET when at least {@code kubernetes.model-service-share} of model services are scraped.
 */
public final class ServiceMonitors implements Judgement {

    @Override
    public List<ApiKind> kinds() {
        List<ApiKind> k = new ArrayList<>(ModelServices.KINDS);
        k.add(ApiKinds.SERVICE_MONITOR);
        k.add(ApiKinds.POD_MONITOR);
        return k;
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<ModelService> services = ModelServices.find(m, ctx);
        if (services.isEmpty()) {
            return Verdict.notMet("no model service found", List.of());
        }
        List<Evidence> scraped = new ArrayList<>();
        List<Evidence> unscraped = new ArrayList<>();
        for (ModelService s : services) {
            List<String> by = new ArrayList<>();
            List<Evidence> monitors = new ArrayList<>();
            for (ResourceObject sm : m.of(ApiKinds.SERVICE_MONITOR)) {
                if (sm.body().at("spec", "endpoints").items().isEmpty() || !inNamespaces(sm, s.namespace())) {
                    continue;
                }
                for (ResourceObject svc : m.of(ApiKinds.SERVICE)) {
                    if (Manifests.sameNamespace(svc.namespace(), s.namespace())
                            && Selectors.matches(sm.body().at("spec", "selector"), svc.labels())
                            && Selectors.selects(Selectors.strings(svc.body().at("spec", "selector")), s.podLabels())) {
                        by.add("ServiceMonitor " + sm.qualifiedName() + " via Service " + svc.name());
                        monitors.add(sm.evidence().withDetail("ServiceMonitor " + sm.qualifiedName() + " scrapes " + s.label()
                                + " through Service " + svc.qualifiedName()));
                    }
                }
            }
            for (ResourceObject pm : m.of(ApiKinds.POD_MONITOR)) {
                if (!pm.body().at("spec", "podMetricsEndpoints").items().isEmpty() && inNamespaces(pm, s.namespace())
                        && !s.podLabels().isEmpty() && Selectors.matches(pm.body().at("spec", "selector"), s.podLabels())) {
                    by.add("PodMonitor " + pm.qualifiedName());
                    monitors.add(pm.evidence().withDetail("PodMonitor " + pm.qualifiedName() + " scrapes " + s.label()));
                }
            }
            if (by.isEmpty()) {
                unscraped.add(s.evidence(s.label() + ": no ServiceMonitor or PodMonitor selects it"));
            } else {
                scraped.add(s.evidence(s.label() + ": scraped by " + String.join(", ", by)));
                scraped.addAll(monitors);
            }
        }
        long count = services.size() - unscraped.size();
        String summary = count + " of " + services.size() + " model service(s) scraped by a ServiceMonitor or PodMonitor";
        if (ModelServices.enough(ctx, count, services.size())) {
            return Verdict.met(summary, Verdict.cap(scraped, 50));
        }
        return Verdict.notMet(summary, Verdict.cap(unscraped, 50));
    }

    /** The monitor's namespaceSelector: {@code any: true}, {@code matchNames}, or (absent) its own namespace. */
    private static boolean inNamespaces(ResourceObject monitor, String namespace) {
        YamlNode sel = monitor.body().at("spec", "namespaceSelector");
        if (sel.get("any").textOr("false").equals("true")) {
            return true;
        }
        List<String> names = sel.get("matchNames").texts();
        return names.isEmpty() ? Manifests.sameNamespace(monitor.namespace(), namespace) : names.contains(namespace);
    }
}
