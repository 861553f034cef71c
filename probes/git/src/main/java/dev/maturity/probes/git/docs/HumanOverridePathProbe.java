package dev.maturity.probes.git.docs;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import java.util.List;

/**
 * A runbook or policy documents how a human overrides, reviews or stops a high-stakes automated
 * decision, as a procedure (numbered or checklist steps). Manual promotion gates in manifests are
 * judged by {@code kubernetes.manual-promotion-gates}; the rubric combines the two.
 */
public final class HumanOverridePathProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.human-override-path",
            "Does a runbook or policy document the human override path (manual review, override, kill switch) as a procedure?",
            "Write a runbook or policy (docs/runbooks/, policies/) saying who may override, review or stop the model's"
                    + " decisions, and the steps to do it (numbered steps or a checklist).",
            "EU-AI-Act:Art.14", "NIST-AI-RMF:MANAGE-2.4", "ISO-42001:A.9.3");

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
        List<Runbook> docs = facts.of(Runbook.class).stream().filter(r -> r.topic() == RunbookTopic.HUMAN_OVERRIDE).toList();
        List<Runbook> procedures = docs.stream().filter(Runbook::procedure).toList();
        if (!procedures.isEmpty()) {
            return Finding.met(METADATA.id(), "human override procedure in " + String.join(", ",
                    procedures.stream().map(Runbook::path).toList()), procedures.stream().map(Runbook::evidence).toList());
        }
        if (docs.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(),
                    "no runbook or policy on human override, manual review or kill switch", List.of());
        }
        return GitProbes.notFound(facts, METADATA.id(), docs.size()
                + " document(s) mention human override but state no procedure (fewer than two steps)",
                docs.stream().map(Runbook::evidence).toList());
    }
}
