package dev.maturity.probes.kubernetes.rollouts;

import dev.maturity.core.facts.ResourceObject;
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
 * A human can hold a model release: a Rollout canary step {@code pause: {}} with no duration, a
 * blue-green Rollout with {@code autoPromotionEnabled: false}, or a Flagger {@code confirm-promotion}
 * (or {@code confirm-rollout}) webhook, on a model service. A timed pause is not a gate.
 */
public final class PromotionGates implements Judgement {

    @Override
    public List<ApiKind> kinds() {
        return Delivery.KINDS;
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<Evidence> gated = new ArrayList<>();
        for (ModelService s : ModelServices.find(m, ctx)) {
            Delivery d = Delivery.of(m, s);
            long pauses = d.steps().stream().filter(st -> st.has("pause") && !st.at("pause", "duration").hasContent()).count();
            if (pauses > 0) {
                gated.add(s.evidence(s.label() + ": " + pauses + " canary step(s) pause until a human promotes"));
            }
            if (d.blueGreen().get("autoPromotionEnabled").textOr("true").equals("false")) {
                gated.add(s.evidence(s.label() + ": blue-green with autoPromotionEnabled: false"));
            }
            for (ResourceObject c : d.canaries()) {
                c.body().at("spec", "analysis", "webhooks").items().stream()
                        .map(w -> w.get("type").textOr(""))
                        .filter(t -> t.equals("confirm-promotion") || t.equals("confirm-rollout")).findFirst()
                        .ifPresent(t -> gated.add(c.evidence().withDetail("Flagger Canary " + c.qualifiedName() + ": " + t
                                + " webhook gates " + s.label())));
            }
        }
        return gated.isEmpty() ? Verdict.notMet("no model service has a manual promotion gate", List.of())
                : Verdict.met(gated.size() + " manual promotion gate(s) on model services", Verdict.cap(gated, 50));
    }
}
