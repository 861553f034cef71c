package dev.maturity.probes.kubernetes.schedule;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Judgement;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Training or re-evaluation runs on a schedule: a CronJob, Argo CronWorkflow or Kubeflow
 * ScheduledWorkflow that has a schedule, is not suspended or disabled, and trains. A suspended
 * schedule is listed but does not count.
 */
public final class ScheduledTraining implements Judgement {

    @Override
    public List<ApiKind> kinds() {
        return List.of(ApiKinds.CRON_JOB, ApiKinds.CRON_WORKFLOW, ApiKinds.SCHEDULED_WORKFLOW);
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<Evidence> running = new ArrayList<>();
        List<Evidence> stopped = new ArrayList<>();
        for (ApiKind k : kinds()) {
            for (ResourceObject o : m.of(k)) {
                String schedule = TrainingSignals.schedule(o);
                if (schedule.isEmpty() || !TrainingSignals.trains(o)) {
                    continue;
                }
                boolean off = o.body().at("spec", "suspend").textOr("false").equals("true")
                        || o.body().at("spec", "enabled").textOr("true").equals("false");
                String last = o.body().at("status", "lastScheduleTime").textOr("");
                String detail = o.kind() + " " + o.qualifiedName() + " trains on schedule " + schedule
                        + (off ? " but is suspended" : "") + (last.isEmpty() ? "" : ", last run " + last);
                (off ? stopped : running).add(o.evidence().withDetail(detail));
            }
        }
        if (!running.isEmpty()) {
            return Verdict.met(running.size() + " scheduled training job(s)", Verdict.cap(running, 50));
        }
        return Verdict.notMet(stopped.isEmpty() ? "no CronJob, CronWorkflow or ScheduledWorkflow runs training"
                : stopped.size() + " scheduled training job(s), all suspended", Verdict.cap(stopped, 50));
    }
}
