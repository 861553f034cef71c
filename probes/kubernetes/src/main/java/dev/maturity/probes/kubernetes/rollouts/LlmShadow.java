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

/** Live traffic is mirrored to a candidate LLM service: an Istio mirror, a Seldon shadow or experiment mirror, a Flagger mirror or a Rollout mirror route on an LLM service. */
public final class LlmShadow implements Judgement {

    @Override
    public List<ApiKind> kinds() {
        return Delivery.KINDS;
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<ModelService> llms = ModelServices.find(m, ctx).stream().filter(ModelService::llm).toList();
        if (llms.isEmpty()) {
            return Verdict.notMet("no LLM service found", List.of());
        }
        List<Evidence> shadowed = new ArrayList<>();
        List<Evidence> not = new ArrayList<>();
        for (ModelService s : llms) {
            List<String> ways = Traffic.shadow(Delivery.of(m, s));
            (ways.isEmpty() ? not : shadowed).add(s.evidence(s.label() + ": "
                    + (ways.isEmpty() ? "no traffic mirrored" : String.join("; ", ways))));
        }
        return shadowed.isEmpty() ? Verdict.notMet("none of " + llms.size() + " LLM service(s) receives mirrored traffic", Verdict.cap(not, 50))
                : Verdict.met(shadowed.size() + " of " + llms.size() + " LLM service(s) shadow-evaluated on mirrored traffic", Verdict.cap(shadowed, 50));
    }
}
