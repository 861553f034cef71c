package dev.maturity.probes.git.data;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import java.util.ArrayList;
import java.util.List;

/** Features come from a feature store (Feast) or are governed by data contracts (Data Contract Specification, ODCS). */
public final class FeatureStoreOrContractsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.feature-store-or-contracts",
            "Is there a feature store definition (Feast) or a data contract for the features?",
            "Define features in a Feast repository (feature_store.yaml with project, registry, provider) or describe inputs in datacontract.yaml / ODCS contracts.",
            "EU-AI-Act:Art.10", "ISO-42001:A.7.3");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        List<Evidence> ev = new ArrayList<>();
        facts.of(FeatureStore.class).forEach(f -> ev.add(f.evidence()));
        facts.of(DataContract.class).forEach(c -> ev.add(c.evidence()));
        if (ev.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(), "no Feast feature_store.yaml and no data contract", List.of());
        }
        return Finding.met(METADATA.id(), facts.of(FeatureStore.class).size() + " feature store(s), "
                + facts.of(DataContract.class).size() + " data contract(s)", ev);
    }
}
