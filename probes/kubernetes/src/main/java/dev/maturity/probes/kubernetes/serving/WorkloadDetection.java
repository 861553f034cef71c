package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Judgement;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Verdict;
import dev.maturity.probes.kubernetes.schedule.TrainingSignals;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the cluster runs workloads of one track: LLM services for {@code llm}; for
 * {@code classical}, model services that are not LLMs, or training Jobs and CronJobs.
 */
public final class WorkloadDetection implements Judgement {

    private final boolean llm;

    public WorkloadDetection(boolean llm) {
        this.llm = llm;
    }

    @Override
    public List<ApiKind> kinds() {
        List<ApiKind> k = new ArrayList<>(ModelServices.KINDS);
        if (!llm) {
            k.add(ApiKinds.JOB);
            k.add(ApiKinds.CRON_JOB);
        }
        return k;
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<Evidence> ev = new ArrayList<>();
        for (ModelService s : ModelServices.find(m, ctx)) {
            if (s.llm() == llm) {
                ev.add(s.evidence((llm ? "LLM service " : "model service ") + s.label() + " (" + s.runtime() + ")"));
            }
        }
        if (!llm) {
            for (ApiKind k : List.of(ApiKinds.JOB, ApiKinds.CRON_JOB)) {
                for (ResourceObject o : m.of(k)) {
                    if (TrainingSignals.trains(o)) {
                        ev.add(o.evidence().withDetail("training " + o.kind() + " " + o.qualifiedName()));
                    }
                }
            }
        }
        String what = llm ? "LLM serving workloads" : "classical model services or training jobs";
        return ev.isEmpty() ? Verdict.notMet("no " + what + " found", List.of())
                : Verdict.met(ev.size() + " " + what, Verdict.cap(ev, 50));
    }
}
