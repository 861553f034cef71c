package dev.maturity.probes.mlflow.registry;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a registered model: where it came from (run, source), its status, stage,
 * aliases and tags, when and by whom it was created.
 *
 * @param runId     empty when the version was registered from a path, not a run
 * @param stage     the legacy stage ({@code None}, {@code Staging}, {@code Production}, {@code Archived})
 * @param createdAt epoch milliseconds
 * @param userId    the creating identity, often empty on open-source servers
 */
public record ModelVersion(String model, String version, String runId, String status, String stage,
                           List<String> aliases, Map<String, String> tags, long createdAt, String userId,
                           String source, Evidence evidence) implements Fact {

    public ModelVersion {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        runId = runId == null ? "" : runId;
        status = status == null ? "" : status;
        stage = stage == null ? "" : stage;
        aliases = List.copyOf(aliases);
        tags = Map.copyOf(tags);
        userId = userId == null ? "" : userId;
        source = source == null ? "" : source;
        Objects.requireNonNull(evidence, "evidence");
    }

    /** {@code model/version}, as people write it. */
    public String label() {
        return model + "/" + version;
    }

    public boolean ready() {
        return status.isEmpty() || status.equals("READY");
    }

    /** The version number for ordering (non-numeric versions sort first). */
    public long number() {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
