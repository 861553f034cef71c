package dev.maturity.probes.mlflow.registry;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import dev.maturity.probes.mlflow.lineage.Lineage;
import java.util.List;

/** The registry says what runs in production: a production alias or the stage Production is set. */
public final class ProductionAliasSetProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.production-alias-set",
            "Does the registry mark which version is in production (a production alias, or stage Production)?",
            "Set a production alias (champion, production or prod; configurable) on the deployed version of each model.",
            "EU-AI-Act:Art.12", "NIST-AI-RMF:GOVERN-1.6", "ISO-42001:A.6.2.5");

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
        List<String> aliases = Lineage.productionAliases(context);
        List<ProductionVersions.Production> marked = ProductionVersions.resolve(facts.of(ModelVersion.class), aliases)
                .stream().filter(ProductionVersions.Production::marked).toList();
        long models = facts.of(RegisteredModel.class).size();
        if (marked.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), models + " registered model(s), none with a production alias ("
                    + String.join(", ", aliases) + ") or stage Production", List.of());
        }
        return Finding.met(METADATA.id(), marked.size() + " of " + models + " registered model(s) mark their production version",
                marked.stream().map(p -> p.version().evidence().withDetail("model version " + p.version().label()
                        + " is in production by " + p.chosenBy())).toList());
    }
}
