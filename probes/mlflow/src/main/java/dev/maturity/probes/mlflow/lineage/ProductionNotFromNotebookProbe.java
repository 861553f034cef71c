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

/** No production version was trained in a notebook ({@code mlflow.source.type = NOTEBOOK}). */
public final class ProductionNotFromNotebookProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.production-not-from-notebook",
            "Were the production versions trained by jobs rather than notebooks?",
            "Train production versions from scripts or pipeline jobs checked into git, not from notebooks.",
            "EU-AI-Act:Art.15", "ISO-42001:A.6.2.5");

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
        List<Lineage.Link> withRuns = Lineage.production(facts, context).stream().filter(l -> l.run().isPresent()).toList();
        if (withRuns.isEmpty()) {
            return Finding.notApplicable(METADATA.id(), "no production version with a run to check");
        }
        List<Evidence> notebooks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Evidence> jobs = new ArrayList<>();
        for (Lineage.Link l : withRuns) {
            var r = l.run().get();
            Evidence runEv = r.evidence().withDetail(Lineage.describe(r)
                    + (r.tag(dev.maturity.probes.mlflow.runs.Run.SOURCE_NAME).isBlank() ? ""
                    : ", source " + r.tag(dev.maturity.probes.mlflow.runs.Run.SOURCE_NAME)));
            if (r.fromNotebook()) {
                notebooks.add(l.version().evidence());
                notebooks.add(runEv);
                names.add(l.version().label());
            } else {
                jobs.add(runEv);
            }
        }
        if (!names.isEmpty()) {
            return Finding.notMet(METADATA.id(), names.size() + " production version(s) trained in a notebook: "
                    + String.join(", ", MlflowProbes.first(names, 5)), notebooks);
        }
        return Finding.met(METADATA.id(), withRuns.size() + " production version(s) trained outside notebooks", jobs);
    }
}
