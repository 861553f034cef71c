package dev.maturity.probes.git.notebooks;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A Dockerfile instruction that ships or runs a notebook: {@code COPY}/{@code ADD} of a
 * {@code .ipynb}, {@code CMD}/{@code ENTRYPOINT} naming one, or {@code RUN} executing one
 * (papermill, {@code nbconvert --execute}, {@code jupyter execute}).
 *
 * @param instruction the Dockerfile instruction ({@code COPY}, {@code RUN}, ...)
 * @param notebook    the notebook path or glob as written
 */
public record NotebookReference(String repo, String path, int line, String instruction, String notebook, Evidence evidence)
        implements Fact {
}
