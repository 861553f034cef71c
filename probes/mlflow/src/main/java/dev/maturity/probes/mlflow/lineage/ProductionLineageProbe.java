package dev.maturity.probes.mlflow.lineage;

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

/** The production version of every model leads to its run and the git commit it was trained from. */
public final class ProductionLineageProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.production-lineage",
            "Does each model's production version lead to its run and the git commit it was built from?",
            "Train from a git checkout under MLflow so runs carry mlflow.source.git.commit, log datasets with "
                    + "mlflow.log_input, and register versions from those runs.",
            "EU-AI-Act:Art.11", "EU-AI-Act:Art.12", "ISO-42001:A.7.5");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.REGISTRY, MlflowDomains.RUNS);
        if (unread.isPresent()) {
            return unread.get();
        }
        List<Lineage.Link> links = Lineage.production(facts, context);
        if (links.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), "no registered model version to trace", List.of());
        }
        List<Evidence> ev = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Lineage.Link link : links) {
            List<String> gaps = link.gaps(false);
            if (gaps.isEmpty()) {
                ev.addAll(Lineage.evidence(facts, link));
            } else {
                broken.add(link.version().label() + " (" + String.join(", ", gaps) + ")");
            }
        }
        if (broken.isEmpty()) {
            long digested = links.stream().filter(Lineage.Link::hasDigest).count();
            return Finding.met(METADATA.id(), links.size() + " production version(s) trace to a run and a git commit; "
                    + digested + " also to a dataset digest", ev);
        }
        List<Evidence> cited = new ArrayList<>();
        links.stream().filter(l -> !l.gaps(false).isEmpty()).forEach(l -> cited.addAll(Lineage.evidence(facts, l)));
        return MlflowProbes.notFound(facts, METADATA.id(), broken.size() + " of " + links.size()
                + " production version(s) cannot be rebuilt: " + String.join("; ", MlflowProbes.first(broken, 5)), cited);
    }
}
