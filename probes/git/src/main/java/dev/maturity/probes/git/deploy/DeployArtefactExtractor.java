package dev.maturity.probes.git.deploy;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.code.Sources;
import dev.maturity.probes.git.notebooks.DockerfileNotebookExtractor;
import dev.maturity.probes.git.wiring.PipelineFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds committed deploy artefacts ({@link DeployArtefact}): Dockerfiles and compose files, Helm
 * charts with workload templates, serving platforms' specs, infrastructure code that creates compute
 * for a service, and shell scripts that roll a service out. Test, fixture and dev-container files
 * are not deploy artefacts.
 */
public final class DeployArtefactExtractor implements Extractor {

    /** Infrastructure resources that run a service (Terraform, Bicep, CloudFormation/SAM). */
    private static final Pattern COMPUTE = Pattern.compile("resource\\s+\"(?:aws_ecs_service|aws_lambda_function|aws_sagemaker_endpoint"
            + "|aws_apprunner_service|google_cloud_run_(?:v2_)?service|google_vertex_ai_endpoint|google_app_engine_\\w+_version"
            + "|azurerm_container_app|azurerm_linux_web_app|azurerm_kubernetes_cluster|kubernetes_deployment\\w*|helm_release)\""
            + "|'Microsoft\\.(?:App/containerApps|Web/sites|MachineLearningServices/workspaces/onlineEndpoints|ContainerInstance/containerGroups)@"
            + "|Type:\\s*['\"]?AWS::(?:ECS::Service|Lambda::Function|SageMaker::Endpoint|Serverless::Function|AppRunner::Service)\\b");
    private static final Pattern MODAL = Pattern.compile("\\bmodal\\.(?:App|Stub)\\s*\\(");
    private static final Pattern MODAL_ENDPOINT = Pattern.compile("@\\w+\\.(?:function|cls)\\b|@modal\\.(?:asgi_app|wsgi_app|web_endpoint|fastapi_endpoint)\\b");
    private static final Pattern TEMPLATE_WORKLOAD = Pattern.compile("(?m)^kind:\\s*(?:Deployment|StatefulSet|DaemonSet|Rollout|InferenceService|SeldonDeployment|Service|Job|CronJob)\\s*$");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(f -> !Sources.vendored(f.path()) && ContainerArtefacts.deployable(f.path()))) {
            artefact(repo, f).ifPresent(sink::fact);
        }
    }

    private static Optional<DeployArtefact> artefact(RepoSnapshot repo, RepoFile f) {
        String name = f.name().toLowerCase(Locale.ROOT);
        if (DockerfileNotebookExtractor.isDockerfile(f)) {
            return ContainerArtefacts.dockerfile(repo, f);
        }
        if (ContainerArtefacts.isCompose(f)) {
            return ContainerArtefacts.compose(repo, f);
        }
        if (name.equals("chart.yaml")) {
            return chart(repo, f);
        }
        if (f.hasExtension(".sh", ".bash")) {
            return script(repo, f);
        }
        if (f.hasExtension(".tf", ".bicep") || ((name.startsWith("template") || name.contains("cloudformation") || name.contains("stack"))
                && f.hasExtension(".yaml", ".yml", ".json"))) {
            return compute(repo, f);
        }
        if (f.hasExtension(".py")) {
            return modal(repo, f);
        }
        return spec(repo, f, name);
    }

    /** Serving platforms' specifications: the keys that make each a deployment. */
    private static Optional<DeployArtefact> spec(RepoSnapshot repo, RepoFile f, String name) {
        String text = repo.text(f.path()).orElse("");
        String kind = switch (name) {
            case "serverless.yml", "serverless.yaml" -> text.contains("functions:") ? "Serverless Framework service" : null;
            case "fly.toml" -> line(text, "^app\\s*=") || text.contains("[http_service]") || text.contains("[[services]]")
                    ? "fly.io app" : null;
            case "app.yaml", "app.yml" -> line(text, "^runtime:") && (text.contains("entrypoint:") || text.contains("handlers:")
                    || text.contains("instance_class:") || text.contains("env: flex")) ? "App Engine app" : null;
            case "azure.yaml" -> text.contains("services:") && text.contains("host:") ? "Azure Developer CLI app" : null;
            case "bentofile.yaml" -> text.contains("service:") ? "BentoML service" : null;
            case "procfile" -> line(text, "^web:") ? "Procfile" : null;
            case "render.yaml" -> text.contains("services:") ? "Render blueprint" : null;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        List<String> covers = kind.startsWith("Azure Developer CLI") ? azdProjects(repo, f, text) : Coverage.of(f.path());
        return Optional.of(new DeployArtefact(repo.name(), kind, f.path(), covers, List.of(),
                repo.evidence(f.path(), 1, (int) text.lines().count(), Strength.DECLARED, kind + " specification")));
    }

    private static boolean line(String text, String regex) {
        return Pattern.compile(regex, Pattern.MULTILINE).matcher(text).find();
    }

    /** The service projects an azure.yaml deploys. */
    private static List<String> azdProjects(RepoSnapshot repo, RepoFile f, String text) {
        List<String> out = new ArrayList<>();
        try {
            SafeYaml.parse(text).get("services").entries().values().forEach(s -> s.get("project").text().ifPresent(p -> {
                String dir = PipelineFiles.join(f.dir(), p);
                if (dir != null) {
                    out.add(dir);
                }
            }));
        } catch (YamlParseException e) {
            return Coverage.of(f.path());
        }
        return out.isEmpty() ? Coverage.of(f.path()) : out;
    }

    private static Optional<DeployArtefact> chart(RepoSnapshot repo, RepoFile f) {
        String templates = f.dir().isEmpty() ? "templates/" : f.dir() + "/templates/";
        Optional<RepoFile> workload = repo.files(x -> x.path().startsWith(templates) && x.hasExtension(".yaml", ".yml", ".tpl"))
                .stream().filter(x -> TEMPLATE_WORKLOAD.matcher(repo.text(x.path()).orElse("")).find()).findFirst();
        if (workload.isEmpty()) {
            return Optional.empty();
        }
        String chart = repo.text(f.path()).orElse("").lines().filter(l -> l.startsWith("name:")).findFirst()
                .map(l -> l.substring(5).strip()).orElse(f.dir());
        return Optional.of(new DeployArtefact(repo.name(), "Helm chart", f.path(), Coverage.of(f.path()), List.of(),
                repo.evidence(f.path(), 1, 1, Strength.DECLARED, "Helm chart " + chart + " with workload template " + workload.get().path())));
    }

    /** A shell script with at least one rollout command. */
    private static Optional<DeployArtefact> script(RepoSnapshot repo, RepoFile f) {
        String text = repo.text(f.path()).orElse("");
        String[] lines = text.replaceAll("\\\\\\R", " ").split("\\R");
        List<String> rollouts = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            Optional<String> r = DeployCommands.rollout(lines[i]);
            if (r.isPresent()) {
                rollouts.add(r.get());
                first = first == 0 ? i + 1 : first;
            }
        }
        if (rollouts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeployArtefact(repo.name(), "deploy script", f.path(), Coverage.of(f.path()), rollouts,
                repo.evidence(f.path(), first, first, Strength.DECLARED, "deploy script runs " + String.join(", ", rollouts.stream()
                        .distinct().limit(3).toList()))));
    }

    /** Infrastructure code that creates compute for a service. */
    private static Optional<DeployArtefact> compute(RepoSnapshot repo, RepoFile f) {
        String text = repo.text(f.path()).orElse("");
        Matcher m = COMPUTE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        return Optional.of(new DeployArtefact(repo.name(), "infrastructure code", f.path(), Coverage.of(f.path()), List.of(),
                repo.evidence(f.path(), line, line, Strength.DECLARED, "infrastructure code creates " + m.group().strip())));
    }

    /** A Modal app with functions or web endpoints. */
    private static Optional<DeployArtefact> modal(RepoSnapshot repo, RepoFile f) {
        String text = repo.text(f.path()).orElse("");
        if (!text.contains("modal") || !MODAL.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher e = MODAL_ENDPOINT.matcher(text);
        if (!e.find()) {
            return Optional.empty();
        }
        int line = (int) text.substring(0, e.start()).chars().filter(c -> c == '\n').count() + 1;
        return Optional.of(new DeployArtefact(repo.name(), "Modal app", f.path(), Coverage.of(f.path()), List.of(),
                repo.evidence(f.path(), line, line, Strength.DECLARED, "Modal app " + e.group())));
    }
}
