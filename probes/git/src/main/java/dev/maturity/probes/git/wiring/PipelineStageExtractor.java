package dev.maturity.probes.git.wiring;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.List;

/** Reads DVC stages and MLflow Project entry points into {@link PipelineStage} facts with the files each runs. */
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
    }
}
