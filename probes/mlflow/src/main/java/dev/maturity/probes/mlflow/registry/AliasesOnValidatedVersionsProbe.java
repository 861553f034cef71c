package dev.maturity.probes.mlflow.registry;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import dev.maturity.probes.mlflow.lineage.Lineage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Promotion is gated on evaluation: every version holding a production alias carries a validation
 * tag with a passing value. Aliases for candidates ({@code challenger}) are not promotions.
 */
public final class AliasesOnValidatedVersionsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.aliases-on-validated-versions",
            "Do production aliases sit only on versions tagged as having passed validation?",
            "Promote (set the production alias) only from a job that first checks the version's validation tag, "
                    + "and tag versions with the evaluation outcome (validation_status=passed).",
            "EU-AI-Act:Art.15", "EU-AI-Act:Art.17", "NIST-AI-RMF:MANAGE-1.1", "ISO-42001:A.6.2.5");

    static final List<String> DEFAULT_TAGS = List.of("validation_status", "validated", "model_validation_status", "eval_passed");
    static final Set<String> PASSING = Set.of("passed", "pass", "true", "validated", "approved", "success", "succeeded", "ok", "yes", "1");

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
        List<String> tagNames = context.list("mlflow.validation-tags", DEFAULT_TAGS);
        List<ModelVersion> aliased = ProductionVersions.aliased(facts.of(ModelVersion.class), aliases);
        if (aliased.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), "no version holds a production alias ("
                    + String.join(", ", aliases) + "): promotion does not go through aliases", List.of());
        }
        List<Evidence> validated = new ArrayList<>();
        List<Evidence> unvalidated = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ModelVersion v : aliased) {
            Optional<String> tag = tagNames.stream().filter(t -> v.tags().containsKey(t)).findFirst();
            boolean passing = tag.map(t -> PASSING.contains(v.tags().get(t).trim().toLowerCase(Locale.ROOT))).orElse(false);
            if (passing) {
                validated.add(v.evidence().withDetail(v.evidence().detail() + ", " + tag.get() + "=" + v.tags().get(tag.get())));
            } else {
                unvalidated.add(v.evidence().withDetail(v.evidence().detail() + tag.map(t -> ", " + t + "=" + v.tags().get(t))
                        .orElse(", no validation tag")));
                names.add(v.label());
            }
        }
        if (names.isEmpty()) {
            return Finding.met(METADATA.id(), aliased.size() + " aliased production version(s), all validated", validated);
        }
        return Finding.notMet(METADATA.id(), names.size() + " of " + aliased.size()
                + " production alias(es) on versions without a passing validation tag: "
                + String.join(", ", MlflowProbes.first(names, 5)), unvalidated);
    }
}
