package dev.maturity.probes.kubernetes.api;

import java.util.List;

/** Every kind the collector reads, as named in the evidence catalogue; deploy/rbac.yaml grants exactly these. */
public final class ApiKinds {

    public static final ApiKind POD = core("Pod", "pods");
    public static final ApiKind SERVICE = core("Service", "services");
    public static final ApiKind JOB = ns("batch", "Job", "jobs", "v1");
    public static final ApiKind CRON_JOB = ns("batch", "CronJob", "cronjobs", "v1");
    public static final ApiKind DEPLOYMENT = ns("apps", "Deployment", "deployments", "v1");

    public static final ApiKind CLUSTER_QUEUE = cluster("kueue.x-k8s.io", "ClusterQueue", "clusterqueues", "v1beta2", "v1beta1");
    public static final ApiKind LOCAL_QUEUE = ns("kueue.x-k8s.io", "LocalQueue", "localqueues", "v1beta2", "v1beta1");
    public static final ApiKind WORKLOAD = ns("kueue.x-k8s.io", "Workload", "workloads", "v1beta2", "v1beta1");
    public static final ApiKind VOLCANO_QUEUE = cluster("scheduling.volcano.sh", "Queue", "queues", "v1beta1");
    public static final ApiKind VOLCANO_JOB = ns("batch.volcano.sh", "Job", "jobs", "v1alpha1");

    public static final ApiKind ROLLOUT = ns("argoproj.io", "Rollout", "rollouts", "v1alpha1");
    public static final ApiKind ANALYSIS_TEMPLATE = ns("argoproj.io", "AnalysisTemplate", "analysistemplates", "v1alpha1");
    public static final ApiKind CLUSTER_ANALYSIS_TEMPLATE =
            cluster("argoproj.io", "ClusterAnalysisTemplate", "clusteranalysistemplates", "v1alpha1");
    public static final ApiKind CRON_WORKFLOW = ns("argoproj.io", "CronWorkflow", "cronworkflows", "v1alpha1");
    public static final ApiKind CANARY = ns("flagger.app", "Canary", "canaries", "v1beta1");
    public static final ApiKind INFERENCE_SERVICE = ns("serving.kserve.io", "InferenceService", "inferenceservices", "v1beta1");
    public static final ApiKind SELDON_DEPLOYMENT = ns("machinelearning.seldon.io", "SeldonDeployment", "seldondeployments", "v1");
    public static final ApiKind SELDON_MODEL = ns("mlops.seldon.io", "Model", "models", "v1alpha1");
    public static final ApiKind SELDON_EXPERIMENT = ns("mlops.seldon.io", "Experiment", "experiments", "v1alpha1");
    public static final ApiKind VIRTUAL_SERVICE = ns("networking.istio.io", "VirtualService", "virtualservices", "v1", "v1beta1", "v1alpha3");
    public static final ApiKind SERVICE_MONITOR = ns("monitoring.coreos.com", "ServiceMonitor", "servicemonitors", "v1");
    public static final ApiKind POD_MONITOR = ns("monitoring.coreos.com", "PodMonitor", "podmonitors", "v1");
    public static final ApiKind PROMETHEUS_RULE = ns("monitoring.coreos.com", "PrometheusRule", "prometheusrules", "v1");
    public static final ApiKind SCHEDULED_WORKFLOW = ns("kubeflow.org", "ScheduledWorkflow", "scheduledworkflows", "v1beta1");

    /** Read only when namespace globs must be expanded. */
    public static final ApiKind NAMESPACE = new ApiKind("", List.of("v1"), "Namespace", "namespaces", false);

    /** The kinds read on every scan, in reading order. */
    public static final List<ApiKind> ALL = List.of(POD, SERVICE, JOB, CRON_JOB, DEPLOYMENT,
            CLUSTER_QUEUE, LOCAL_QUEUE, WORKLOAD, VOLCANO_QUEUE, VOLCANO_JOB,
            ROLLOUT, ANALYSIS_TEMPLATE, CLUSTER_ANALYSIS_TEMPLATE, CRON_WORKFLOW, CANARY,
            INFERENCE_SERVICE, SELDON_DEPLOYMENT, SELDON_MODEL, SELDON_EXPERIMENT, VIRTUAL_SERVICE,
            SERVICE_MONITOR, POD_MONITOR, PROMETHEUS_RULE, SCHEDULED_WORKFLOW);

    private ApiKinds() {
    }

    private static ApiKind core(String kind, String plural) {
        return new ApiKind("", List.of("v1"), kind, plural, true);
    }

    private static ApiKind ns(String group, String kind, String plural, String... versions) {
        return new ApiKind(group, List.of(versions), kind, plural, true);
    }

    private static ApiKind cluster(String group, String kind, String plural, String... versions) {
        return new ApiKind(group, List.of(versions), kind, plural, false);
    }
}
