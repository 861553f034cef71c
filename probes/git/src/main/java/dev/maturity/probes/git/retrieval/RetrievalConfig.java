package dev.maturity.probes.git.retrieval;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * A committed config file that names an embedding model, with its index or chunking parameters.
 *
 * @param embeddingModel the model as written (with its revision when one is given separately)
 * @param pinned         the model carries a version (a revision/version key, or a versioned name such as {@code -v2}, {@code -3-small}, {@code @<sha>})
 * @param params         index and chunking keys set in the file ({@code chunk_size}, {@code top_k}, ...)
 * @param readBy         source files that name this config file
 */
public record RetrievalConfig(String repo, String path, String embeddingModel, boolean pinned, List<String> params,
                              List<String> readBy, Evidence evidence) implements Fact {

    public RetrievalConfig {
        params = List.copyOf(params);
        readBy = List.copyOf(readBy);
    }

    /** Pinned, parameterised and read by code: what a governed retrieval set-up looks like. */
    public boolean governs() {
        return pinned && !params.isEmpty() && !readBy.isEmpty();
    }
}
