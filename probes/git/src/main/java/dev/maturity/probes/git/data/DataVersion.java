package dev.maturity.probes.git.data;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * A DVC artefact: a {@code .dvc} file or {@code dvc.lock} (with the outputs whose content hash is
 * committed), a {@code dvc.yaml} declaring outputs, or a {@code .dvc/config} naming a remote.
 *
 * @param hashedOuts the output paths pinned by a content hash (md5/etag/checksum); empty for declarations
 */
public record DataVersion(String repo, String path, Kind kind, List<String> hashedOuts, Evidence evidence) implements Fact {

    public DataVersion {
        hashedOuts = List.copyOf(hashedOuts);
    }

    /** Which DVC file this is. */
    public enum Kind { DVC_FILE, DVC_LOCK, DVC_PIPELINE, DVC_REMOTE }

    /** Data is pinned by content hash here, not only declared. */
    public boolean pinsData() {
        return !hashedOuts.isEmpty();
    }
}
