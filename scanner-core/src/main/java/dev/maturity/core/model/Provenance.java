package dev.maturity.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Where a piece of evidence was read: a closed set of locations, one per source kind. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "source")
@JsonSubTypes({
    @JsonSubTypes.Type(value = GitLocation.class, name = "git"),
    @JsonSubTypes.Type(value = MlflowLocation.class, name = "mlflow"),
    @JsonSubTypes.Type(value = KubernetesLocation.class, name = "kubernetes")
})
public sealed interface Provenance permits GitLocation, MlflowLocation, KubernetesLocation {

    /** The source kind: {@code git}, {@code mlflow} or {@code kubernetes}. */
    String source();

    /** One line that names the artefact exactly, stable across runs. */
    String locator();
}
