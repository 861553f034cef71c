package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.objects.Judgement;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Verdict;
import dev.maturity.probes.kubernetes.serving.ModelService;
import dev.maturity.probes.kubernetes.serving.ModelServices;
import java.util.ArrayList;
import java.util.List;

/**
 * Canary or shadow deployment is standard: at least {@code kubernetes.model-service-share} (default
 * 0.8) of model services shift or mirror traffic (Rollout canary steps, Flagger, KServe canary percent,
 * Istio weights or mirrors, Seldon splits, shadows or experiments).
 */
public final class CanaryOrShadow implements Judgement {

    @Override
    public List<ApiKind> kinds() {
        return Delivery.KINDS;
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<ModelService> services = ModelServices.find(m, ctx);
        if (services.isEmpty()) {
            return Verdict.notMet("no model service found", List.of());
        }
        List<Evidence> covered = new ArrayList<>();
        List<Evidence> plain = new ArrayList<>();
        for (ModelService s : services) {
            List<String> ways = Traffic.canaryOrShadow(Delivery.of(m, s));
            if (ways.isEmpty()) {
                plain.add(s.evidence(s.label() + ": replaced in one step, no canary or shadow"));
            } else {
                covered.add(s.evidence(s.label() + ": " + String.join("; ", ways)));
            }
        }
        String summary = covered.size() + " of " + services.size() + " model service(s) use canary or shadow deployment";
        if (ModelServices.enough(ctx, covered.size(), services.size())) {
            return Verdict.met(summary, Verdict.cap(covered, 50));
        }
        List<Evidence> ev = new ArrayList<>(plain);
        ev.addAll(covered);
        return Verdict.notMet(summary + " (needs " + Math.round(ModelServices.requiredShare(ctx) * 100) + "%)", Verdict.cap(ev, 50));
    }
}
