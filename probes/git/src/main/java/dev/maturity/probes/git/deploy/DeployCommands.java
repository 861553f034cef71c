package dev.maturity.probes.git.deploy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shell lines and CI actions that roll a service out to an environment (kubectl, helm, Argo CD,
 * Cloud Run, ECS, Lambda, SageMaker, Azure, fly, terraform apply, serverless, modal, Anyscale, a
 * {@code <cli> deploy} subcommand, docker compose over ssh), and those that publish an image. Dry
 * runs, plans, previews and documentation sites are neither.
 */
public final class DeployCommands {

    private static final Pattern ROLLOUT = Pattern.compile("\\b(?:"
            + "kubectl\\s+(?:apply|set\\s+image|rollout\\s+(?:restart|status|undo)|replace|create\\s+-f|patch\\s+deploy\\w*)"
            + "|helm\\s+(?:upgrade|install)|helmfile\\s+(?:apply|sync)|argocd\\s+app\\s+(?:sync|set)|flux\\s+reconcile"
            + "|kubectl-argo-rollouts\\s+(?:promote|set\\s+image)|skaffold\\s+(?:run|deploy)"
            + "|gcloud\\s+(?:beta\\s+)?(?:run\\s+(?:deploy|services\\s+update)|app\\s+deploy|functions\\s+deploy|ai\\s+endpoints\\s+deploy-model"
            + "|ai-platform\\s+versions\\s+create|compute\\s+instances\\s+update-container)"
            + "|aws\\s+(?:ecs\\s+(?:update-service|deploy)|lambda\\s+update-function-code|sagemaker\\s+(?:create|update)-endpoint"
            + "|deploy\\s+create-deployment|cloudformation\\s+deploy|apprunner\\s+start-deployment|elasticbeanstalk\\s+update-environment)"
            + "|sam\\s+deploy|cdk\\s+deploy|(?:serverless|sls)\\s+deploy|copilot\\s+(?:svc\\s+)?deploy"
            + "|az\\s+(?:containerapp\\s+(?:update|up|create)|webapp\\s+(?:deploy|up)|functionapp\\s+deployment|ml\\s+online-deployment\\s+(?:create|update)"
            + "|ml\\s+model\\s+deploy|deployment\\s+group\\s+create|aks\\s+command)"
            + "|azd\\s+(?:deploy|up)|(?:flyctl|fly)\\s+deploy|terraform\\s+apply|pulumi\\s+up|modal\\s+deploy|bentoml\\s+deploy"
            + "|anyscale\\s+service\\s+(?:rollout|deploy)|mlflow\\s+deployments\\s+(?:create|update)|kamal\\s+deploy|railway\\s+up"
            + "|heroku\\s+(?:container:release|releases:)|git\\s+push\\s+\\S*heroku|docker\\s+stack\\s+deploy"
            + "|vercel\\s+(?:deploy\\s+)?--prod|netlify\\s+deploy\\s+--prod|ansible-playbook\\s+\\S*deploy"
            + ")\\b");
    /** {@code <cli> deploy}: a tool's own deploy subcommand ({@code mda deploy}, {@code langgraph deploy}, {@code firebase deploy}). */
    private static final Pattern DEPLOY_SUBCOMMAND = Pattern.compile("(?:^|[\\s;&|(])([\\w.-]+)\\s+deploy(?:\\s|$)");
    /** docker compose started on another host. */
    private static final Pattern REMOTE_COMPOSE = Pattern.compile("\\bssh\\b.*\\bdocker[ -]compose\\b.*\\bup\\b|DOCKER_HOST=\\S+.*\\bdocker[ -]compose\\b.*\\bup\\b");
    private static final Pattern ACTION = Pattern.compile("^uses:\\s*(?:azure/k8s-deploy|azure/webapps-deploy|azure/functions-action"
            + "|azure/container-apps-deploy-action|azure/arm-deploy|google-github-actions/deploy-(?:cloudrun|appengine|cloud-functions)"
            + "|aws-actions/amazon-ecs-deploy-task-definition|aws-actions/aws-cloudformation-github-deploy|superfly/flyctl-actions"
            + "|appleboy/ssh-action|akhileshns/heroku-deploy|amondnet/vercel-action|[\\w.-]+/argocd[\\w.-]*|[\\w.-]+/helm[\\w.-]*deploy[\\w.-]*)\\b");
    private static final Pattern NOT_A_ROLLOUT = Pattern.compile("--dry-run|\\bdiff\\b|--help|\\bgh-deploy\\b|\\bgh-pages\\b|deploy-pages|actions-gh-pages");
    private static final Pattern IMAGE_PUSH = Pattern.compile("\\b(?:docker|podman|buildah)\\s+(?:image\\s+)?push\\b|\\bbuildx\\s+build\\b.*--push\\b"
            + "|\\bgcloud\\s+builds\\s+submit\\b|\\baz\\s+acr\\s+build\\b|\\bko\\s+(?:build|publish)\\b|\\bskopeo\\s+copy\\b"
            + "|\\bpack\\s+build\\b.*--publish|^uses:\\s*docker/build-push-action@\\S+.*\\bpush=(?:true|\\$\\{\\{)"
            + "|^uses:\\s*(?:aws-actions/amazon-ecr-login|redhat-actions/push-to-registry|mr-smithers-excellent/docker-build-push)");
    private static final Pattern SAYS = Pattern.compile("^(?:echo|printf|#|::notice|::warning|:\\s)");
    private static final java.util.Set<String> NOT_DEPLOY_TOOLS = java.util.Set.of("mkdocs", "echo", "printf", "npm", "yarn",
            "pnpm", "run", "to", "and", "then", "will", "can", "the", "or", "for", "not", "docs", "site", "pages");

    private DeployCommands() {
    }

    /** The rollout a line of shell (or a {@code uses:} line) performs, or empty. */
    public static Optional<String> rollout(String line) {
        String l = line.strip();
        if (l.isEmpty() || SAYS.matcher(l).find() || NOT_A_ROLLOUT.matcher(l.toLowerCase(Locale.ROOT)).find()) {
            return Optional.empty();
        }
        if (l.startsWith("uses:")) {
            Matcher a = ACTION.matcher(l);
            return a.find() ? Optional.of(a.group().substring(5).strip()) : Optional.empty();
        }
        Matcher m = ROLLOUT.matcher(l);
        if (m.find() && !(m.group().startsWith("terraform") && l.contains("-destroy"))) {
            return Optional.of(m.group());
        }
        Matcher r = REMOTE_COMPOSE.matcher(l);
        if (r.find()) {
            return Optional.of("docker compose up on a remote host");
        }
        Matcher d = DEPLOY_SUBCOMMAND.matcher(l);
        if (d.find() && !NOT_DEPLOY_TOOLS.contains(d.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.of(d.group(1) + " deploy");
        }
        return Optional.empty();
    }

    /** The first rollout in a block of shell (or an action line with its inputs). */
    public static Optional<String> firstRollout(String block) {
        if (block.strip().startsWith("uses:")) {
            return rollout(block.strip().lines().findFirst().orElse(""));
        }
        return block.replaceAll("\\\\\\R", " ").lines().map(DeployCommands::rollout).flatMap(Optional::stream).findFirst();
    }

    /** True when a block of shell (or an action with its inputs) publishes a container image. */
    public static boolean pushesImage(String block) {
        String b = block.strip();
        if (b.startsWith("uses:")) {
            return IMAGE_PUSH.matcher(b.replaceAll("\\R", " ")).find();
        }
        return b.replaceAll("\\\\\\R", " ").lines().map(String::strip).filter(x -> !SAYS.matcher(x).find())
                .anyMatch(x -> IMAGE_PUSH.matcher(x).find());
    }
}
