package dev.maturity.probes.kubernetes.schedule;

import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.kubernetes.objects.ObjectProbe;
import dev.maturity.probes.kubernetes.objects.Scope;

/** Training or re-evaluation is scheduled on the cluster and not suspended. */
public final class ScheduledTrainingProbe extends ObjectProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("kubernetes.scheduled-training",
            "Does a CronJob, CronWorkflow or ScheduledWorkflow run training or re-evaluation on a schedule?",
            "Schedule retraining/re-evaluation as a CronJob, Argo CronWorkflow or Kubeflow ScheduledWorkflow, and keep it enabled.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MANAGE-4.1", "ISO-42001:A.6.2.6");

    public ScheduledTrainingProbe() {
        super(Scope.LIVE, METADATA, new ScheduledTraining());
    }
}
