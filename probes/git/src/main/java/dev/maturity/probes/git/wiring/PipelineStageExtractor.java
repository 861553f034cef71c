package dev.maturity.probes.git.wiring;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.List;

/**
 * Reads DVC stages, MLflow Project entry points and orchestrator pipelines defined in code (ZenML,
 * Kubeflow, Prefect, Dagster, Metaflow, Airflow, TFX, Azure ML, SageMaker) into {@link PipelineStage}
 * facts with the files each runs.
 */
public final class PipelineStageExtractor implements Extractor {

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        CommandWiring wiring = new CommandWiring(repo);
        for (RepoFile f : repo.files(f -> PipelineFiles.isDvc(f.path()) || PipelineFiles.isMlProject(f.path()))) {
            List<StageDefinition> defs;
            try {
                defs = PipelineFiles.read(repo, f.path());
            } catch (YamlParseException e) {
                sink.unreadable(f.path(), e.line(), e.getMessage());
                continue;
            }
            for (StageDefinition s : defs) {
                List<String> runs = List.copyOf(wiring.resolve(s));
                String what = runs.isEmpty() ? "no repository file" : runs.size() == 1 ? runs.get(0) : runs.size() + " repository files";
                sink.fact(new PipelineStage(repo.name(), s.system(), s.file(), s.name(), s.commands(), runs,
                        repo.evidence(s.file(), s.line(), s.endLine(), Strength.WIRED,
                                s.system() + " stage '" + s.name() + "' runs " + what)));
            }
        }
        PythonImports imports = new PythonImports(repo);
        for (RepoFile f : repo.files(f -> f.hasExtension(".py") && !repo.ignored(f.path()))) {
            for (OrchestratorPipelines.Definition d : OrchestratorPipelines.read(repo, f, wiring, imports)) {
                String what = d.runs().size() == 1 ? d.runs().get(0) : d.runs().size() + " repository files";
                sink.fact(new PipelineStage(repo.name(), d.system(), d.file(), d.name(), List.of(), d.runs(),
                        repo.evidence(d.file(), d.line(), d.endLine(), Strength.WIRED,
                                d.system() + " pipeline '" + d.name() + "' runs " + what)));
            }
        }
    }
}
