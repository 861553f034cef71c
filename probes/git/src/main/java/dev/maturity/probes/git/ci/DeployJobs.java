package dev.maturity.probes.git.ci;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises jobs that deploy or promote: a deployment environment, or deploy commands and actions. */
public final class DeployJobs {

    private static final Pattern COMMAND = Pattern.compile(
            "\\b(kubectl\\s+(apply|set\\s+image|rollout|replace|create)|helm\\s+(upgrade|install)|helmfile\\s+(apply|sync)"
                    + "|argocd\\s+app\\s+(sync|set)|kustomize\\s+build|kubectl-argo-rollouts|flux\\s+reconcile"
                    + "|gcloud\\s+run\\s+deploy|gcloud\\s+app\\s+deploy|aws\\s+(ecs\\s+update-service|sagemaker\\s+(create|update)-endpoint|lambda\\s+update-function)"
                    + "|az\\s+\\S+\\s+(deploy|update)|serverless\\s+deploy|flyctl\\s+deploy|fly\\s+deploy|terraform\\s+apply"
                    + "|skaffold\\s+(run|deploy)|modal\\s+deploy|bentoml\\s+deploy|mlflow\\s+deployments\\s+(create|update)"
                    + "|set_registered_model_alias|transition_model_version_stage|promote|deploy)\\b");
    private static final Pattern ACTION = Pattern.compile(
            "uses:\\s*(azure/k8s-deploy|azure/webapps-deploy|google-github-actions/deploy-\\S+|aws-actions/amazon-ecs-deploy\\S*"
                    + "|aws-actions/aws-cloudformation\\S*|\\S*argocd\\S*|\\S*helm\\S*deploy\\S*|\\S*/deploy\\S*)");

    private DeployJobs() {
    }

    public static boolean deploys(CiJob job) {
        if (job.environment() != null) {
            return true;
        }
        for (String c : job.commands()) {
            String l = c.toLowerCase(Locale.ROOT);
            if (ACTION.matcher(l).find() || (!l.startsWith("uses:") && COMMAND.matcher(l).find())) {
                return true;
            }
        }
        return false;
    }
}
