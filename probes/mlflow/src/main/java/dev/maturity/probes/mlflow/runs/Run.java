package dev.maturity.probes.mlflow.runs;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A tracking run: its status, tags (system tags included), which metrics and how many params it
 * logged, and the datasets it read.
 *
 * @param forVersion whether the run was read because a registered version comes from it
 */
public record Run(String runId, String experimentId, String status, long startTime, Map<String, String> tags,
                  Set<String> metricKeys, int paramCount, List<DatasetInput> datasets, boolean forVersion,
                  Evidence evidence) implements Fact {

    public static final String GIT_COMMIT = "mlflow.source.git.commit";
    public static final String GIT_REPO_URL = "mlflow.source.git.repoURL";
    public static final String SOURCE_TYPE = "mlflow.source.type";
    public static final String SOURCE_NAME = "mlflow.source.name";
    public static final String USER = "mlflow.user";

    public Run {
        Objects.requireNonNull(runId, "runId");
        experimentId = experimentId == null ? "" : experimentId;
        status = status == null ? "" : status;
        tags = Map.copyOf(tags);
        metricKeys = Set.copyOf(metricKeys);
        datasets = List.copyOf(datasets);
        Objects.requireNonNull(evidence, "evidence");
    }

    public String tag(String key) {
        return tags.getOrDefault(key, "");
    }

    public String gitCommit() {
        return tag(GIT_COMMIT);
    }

    public String sourceType() {
        return tag(SOURCE_TYPE);
    }

    public boolean fromNotebook() {
        return sourceType().equalsIgnoreCase("NOTEBOOK") || tag(SOURCE_NAME).endsWith(".ipynb");
    }

    /** Datasets read with a content digest. */
    public List<DatasetInput> digested() {
        return datasets.stream().filter(d -> !d.digest().isBlank()).toList();
    }

    /** Datasets read with a digest, other than evaluation sets ({@code mlflow.data.context = evaluation}). */
    public List<DatasetInput> trainedOn() {
        return digested().stream().filter(d -> !d.context().equalsIgnoreCase("evaluation")).toList();
    }

    /** One dataset the run read, as {@code inputs.dataset_inputs[]} records it. */
    public record DatasetInput(String name, String digest, String sourceType, String context) {
        public DatasetInput {
            name = name == null ? "" : name;
            digest = digest == null ? "" : digest;
            sourceType = sourceType == null ? "" : sourceType;
            context = context == null ? "" : context;
        }
    }
}
