package dev.maturity.probes.mlflow.registry;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every registered model names its owner in a tag ({@code owner}, {@code team}, … configurable). */
public final class ModelOwnerTagsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.model-owner-tags",
            "Does every registered model carry an owner tag?",
            "Tag every registered model with its owning team (owner, team or owner_team; configurable) and describe it.",
            "EU-AI-Act:Art.17", "NIST-AI-RMF:GOVERN-2.1", "ISO-42001:A.3.2");

    static final List<String> DEFAULT_TAGS = List.of("owner", "team", "owner_team");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.REGISTRY);
        if (unread.isPresent()) {
            return unread.get();
        }
        List<String> tagNames = context.list("mlflow.owner-tags", DEFAULT_TAGS);
        List<RegisteredModel> models = facts.of(RegisteredModel.class);
        if (models.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), "no registered model", List.of());
        }
        List<Evidence> owned = new ArrayList<>();
        List<Evidence> unowned = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (RegisteredModel m : models) {
            Optional<String> owner = tagNames.stream().filter(t -> !m.tags().getOrDefault(t, "").isBlank()).findFirst();
            if (owner.isPresent()) {
                owned.add(m.evidence().withDetail("registered model " + m.name() + " owned by " + owner.get() + "="
                        + m.tags().get(owner.get()) + (m.description().isBlank() ? ", no description" : ", described")));
            } else {
                unowned.add(m.evidence().withDetail("registered model " + m.name() + " has no " + String.join("/", tagNames) + " tag"));
                names.add(m.name());
            }
        }
        if (names.isEmpty()) {
            return Finding.met(METADATA.id(), models.size() + " registered model(s), all with an owner tag", owned);
        }
        return MlflowProbes.notFound(facts, METADATA.id(), names.size() + " of " + models.size()
                + " registered model(s) without an owner tag: " + String.join(", ", MlflowProbes.first(names, 5)), unowned);
    }
}
