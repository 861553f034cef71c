package dev.maturity.core.model;

import java.util.Objects;

/** An object on an MLflow tracking server: an experiment, a run, a registered model or one of its versions. */
public record MlflowLocation(String trackingUri, String experimentId, String runId, String model, String version)
        implements Provenance {

    public MlflowLocation {
        Objects.requireNonNull(trackingUri, "trackingUri");
    }

    public static MlflowLocation run(String trackingUri, String experimentId, String runId) {
        return new MlflowLocation(trackingUri, experimentId, runId, null, null);
    }

    public static MlflowLocation modelVersion(String trackingUri, String model, String version, String runId) {
        return new MlflowLocation(trackingUri, null, runId, model, version);
    }

    @Override
    public String source() {
        return "mlflow";
    }

    @Override
    public String locator() {
        StringBuilder sb = new StringBuilder(trackingUri);
        if (model != null) {
            sb.append("#/models/").append(model);
            if (version != null) {
                sb.append("/versions/").append(version);
            }
        } else if (runId != null) {
            sb.append("#/experiments/").append(experimentId == null ? "-" : experimentId).append("/runs/").append(runId);
        } else if (experimentId != null) {
            sb.append("#/experiments/").append(experimentId);
        }
        if (model != null && runId != null) {
            sb.append(" (run ").append(runId).append(')');
        }
        return sb.toString();
    }

    // equals and hashCode written out, for the reason given in Evidence
    @Override
    public boolean equals(Object other) {
        return other instanceof MlflowLocation o
                && Objects.equals(trackingUri, o.trackingUri)
                && Objects.equals(experimentId, o.experimentId)
                && Objects.equals(runId, o.runId)
                && Objects.equals(model, o.model)
                && Objects.equals(version, o.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trackingUri, experimentId, runId, model, version);
    }
}
