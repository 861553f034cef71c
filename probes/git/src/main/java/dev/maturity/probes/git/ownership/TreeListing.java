package dev.maturity.probes.git.ownership;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/** Every file path of a scanned tree, so that pure probes can classify ML paths with the rubric's own globs. */
public record TreeListing(String repo, String commit, List<String> paths, Evidence evidence) implements Fact {

    public TreeListing {
        paths = List.copyOf(paths);
    }
}
