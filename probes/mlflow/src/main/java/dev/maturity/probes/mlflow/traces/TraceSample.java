package dev.maturity.probes.mlflow.traces;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The most recent traces of one experiment, as read (a bounded window, newest first). */
public record TraceSample(String experimentId, List<Trace> traces, Evidence evidence) implements Fact {

    public static final String TOKEN_USAGE = "mlflow.trace.tokenUsage";
    public static final String COST = "mlflow.trace.cost";

    public TraceSample {
        Objects.requireNonNull(experimentId, "experimentId");
        traces = List.copyOf(traces);
        Objects.requireNonNull(evidence, "evidence");
    }

    /** One trace's id, its tags and request metadata. */
    public record Trace(String traceId, Map<String, String> tags, Map<String, String> metadata) {
        public Trace {
            Objects.requireNonNull(traceId, "traceId");
            tags = Map.copyOf(tags);
            metadata = Map.copyOf(metadata);
        }

        public boolean tokenUsage() {
            return !metadata.getOrDefault(TOKEN_USAGE, "").isBlank();
        }

        public boolean cost() {
            return !metadata.getOrDefault(COST, "").isBlank();
        }
    }
}
