package dev.maturity.probes.mlflow.registry;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.Map;
import java.util.Objects;

/**
 * A registered model (never a prompt) as the registry holds it.
 *
 * @param aliases alias name to version number
 */
public record RegisteredModel(String name, String description, Map<String, String> tags, Map<String, String> aliases,
                              Evidence evidence) implements Fact {

    public RegisteredModel {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        tags = Map.copyOf(tags);
        aliases = Map.copyOf(aliases);
        Objects.requireNonNull(evidence, "evidence");
    }
}
