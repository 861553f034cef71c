package dev.maturity.probes.git.pipeline;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.code.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads DVC pipelines ({@code dvc.yaml} with stages that have a {@code cmd}), MLflow Projects
 * ({@code MLproject} with entry points that have a {@code command}) and Kubeflow pipeline specs
 * (YAML/JSON with {@code pipelineInfo}, {@code deploymentSpec} and {@code schemaVersion}). A file
 * without steps is not a pipeline.
 */
public final class PipelineExtractor implements Extractor {

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(f -> !Sources.vendored(f.path()))) {
            String name = f.name().toLowerCase(Locale.ROOT);
            if (name.equals("dvc.yaml") || name.equals("dvc.yml")) {
                parse(repo, f.path(), sink, false).ifPresent(doc -> dvc(repo, f.path(), doc, sink));
            } else if (f.name().equals("MLproject") || name.equals("mlproject.yaml")) {
                parse(repo, f.path(), sink, false).ifPresent(doc -> mlproject(repo, f.path(), doc, sink));
            } else if (f.hasExtension(".yaml", ".yml", ".json") && f.size() < 2_000_000
                    && repo.text(f.path()).map(t -> t.contains("deploymentSpec") && t.contains("pipelineInfo")).orElse(false)) {
                parse(repo, f.path(), sink, true).ifPresent(doc -> kubeflow(repo, f.path(), doc, sink));
            }
        }
    }

    /**
     * The parsed file, or empty when blank or malformed. Malformed DVC and MLflow Project files are
     * reported by the stage extractor ({@code wiring}); only Kubeflow specs are reported here.
     */
    private static Optional<YamlNode> parse(RepoSnapshot repo, String path, Sink sink, boolean report) {
        Optional<String> text = repo.text(path);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SafeYaml.parse(text.get(), repo.yamlBudget()));
        } catch (YamlParseException e) {
            if (report) {
                sink.unreadable(path, e.line(), "invalid pipeline spec: " + e.getMessage());
            }
            return Optional.empty();
        }
    }

    private static void dvc(RepoSnapshot repo, String path, YamlNode doc, Sink sink) {
        List<String> steps = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (Map.Entry<String, YamlNode> stage : doc.get("stages").entries().entrySet()) {
            List<String> cmd = stage.getValue().get("cmd").texts();
            if (!cmd.isEmpty()) {
                steps.add(stage.getKey());
                commands.addAll(cmd);
            }
        }
        if (!steps.isEmpty()) {
            YamlNode stages = doc.get("stages");
            sink.fact(new PipelineDefinition(repo.name(), path, PipelineDefinition.Kind.DVC, steps, commands,
                    repo.evidence(path, stages.line(), stages.endLine(), Strength.DECLARED,
                            "DVC pipeline, stages " + String.join(", ", steps))));
        }
    }

    private static void mlproject(RepoSnapshot repo, String path, YamlNode doc, Sink sink) {
        List<String> steps = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        YamlNode eps = doc.get("entry_points");
        for (Map.Entry<String, YamlNode> ep : eps.entries().entrySet()) {
            String cmd = ep.getValue().get("command").textOr("");
            if (!cmd.isBlank()) {
                steps.add(ep.getKey());
                commands.add(cmd);
            }
        }
        if (!steps.isEmpty()) {
            sink.fact(new PipelineDefinition(repo.name(), path, PipelineDefinition.Kind.MLPROJECT, steps, commands,
                    repo.evidence(path, eps.line(), eps.endLine(), Strength.DECLARED,
                            "MLflow Project, entry points " + String.join(", ", steps))));
        }
    }

    private static void kubeflow(RepoSnapshot repo, String path, YamlNode doc, Sink sink) {
        if (!doc.has("schemaVersion") || !doc.get("pipelineInfo").hasContent()) {
            return;
        }
        List<String> tasks = new ArrayList<>(doc.at("root", "dag", "tasks").entries().keySet());
        if (tasks.isEmpty()) {
            tasks.addAll(doc.at("deploymentSpec", "executors").entries().keySet());
        }
        if (!tasks.isEmpty()) {
            String name = doc.at("pipelineInfo", "name").textOr("unnamed");
            sink.fact(new PipelineDefinition(repo.name(), path, PipelineDefinition.Kind.KUBEFLOW, tasks, List.of(),
                    repo.evidence(path, doc.get("pipelineInfo").line(), doc.get("pipelineInfo").endLine(), Strength.DECLARED,
                            "Kubeflow pipeline spec " + name + ", " + tasks.size() + " task(s)")));
        }
    }
}
