package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Judgement;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Verdict;
import dev.maturity.probes.kubernetes.serving.ModelService;
import dev.maturity.probes.kubernetes.serving.ModelServices;
import java.util.ArrayList;
import java.util.List;

/**
 * Traffic shifting with automatic rollback: at least {@code kubernetes.model-service-share} of model
 * services roll out under analysis that can fail (see {@link Analysis}). Canary steps alone are level
 * 3; an AnalysisTemplate that no Rollout references proves nothing, and neither does one that is missing.
 */
public final class AutoRollback implements Judgement {

    @Override
    public List<ApiKind> kinds() {
        List<ApiKind> k = new ArrayList<>(Delivery.KINDS);
        k.add(ApiKinds.ANALYSIS_TEMPLATE);
        k.add(ApiKinds.CLUSTER_ANALYSIS_TEMPLATE);
        return k;
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<ModelService> services = ModelServices.find(m, ctx);
        if (services.isEmpty()) {
            return Verdict.notMet("no model service found", List.of());
        }
        List<Evidence> bound = new ArrayList<>();
        List<Evidence> shortfalls = new ArrayList<>();
        for (ModelService s : services) {
            Analysis.Result r = Analysis.of(m, Delivery.of(m, s));
            if (!r.bound().isEmpty() && r.shortfalls().stream().noneMatch(x -> x.contains("missing"))) {
                bound.add(s.evidence(s.label() + ": " + String.join("; ", r.bound())));
                r.templates().forEach(t -> bound.add(t.evidence().withDetail("analysis template " + t.qualifiedName()
                        + " with " + Analysis.conditions(t) + " conditioned metric(s), used by " + s.label())));
            } else {
                String why = r.shortfalls().isEmpty() ? "no analysis-driven rollout" : String.join("; ", r.shortfalls());
                shortfalls.add(s.evidence(s.label() + ": " + why));
            }
        }
        long services0 = bound.stream().filter(e -> !e.detail().startsWith("analysis template")).count();
        String summary = services0 + " of " + services.size() + " model service(s) roll back automatically on failed analysis";
        if (ModelServices.enough(ctx, services0, services.size())) {
            return Verdict.met(summary, Verdict.cap(bound, 50));
        }
        return Verdict.notMet(summary + (shortfalls.isEmpty() ? "" : ": " + shortfalls.get(0).detail()), Verdict.cap(shortfalls, 50));
    }
}
