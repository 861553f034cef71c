package dev.maturity.probes.git.wiring;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * A stage that a pipeline tool runs: a DVC stage or an MLflow Project entry point, with the
 * repository files its commands run.
 *
 * @param system   {@code dvc} or {@code mlproject}
 * @param file     {@code dvc.yaml} or {@code MLproject}, repo-relative
 * @param name     the stage or entry point name
 * @param commands its command lines
 * @param runs     repo paths its commands run (scripts and the modules they import)
 * @param evidence the stage's lines, strength {@code wired}
 */
public record PipelineStage(String repo, String system, String file, String name, List<String> commands,
                            List<String> runs, Evidence evidence) implements Fact {

    public PipelineStage {
        commands = List.copyOf(commands);
        runs = List.copyOf(runs);
    }

    public String label() {
        return file + "#" + name + " (" + system + " stage)";
    }
}
