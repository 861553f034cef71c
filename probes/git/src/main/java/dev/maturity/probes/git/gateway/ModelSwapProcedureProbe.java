package dev.maturity.probes.git.gateway;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.docs.Runbook;
import dev.maturity.probes.git.docs.RunbookTopic;
import java.util.ArrayList;
import java.util.List;

/**
 * Model swaps are planned: a gateway routes to at least two providers with fallbacks (LiteLLM,
 * Portkey), and a runbook states the swap procedure. Either alone is NOT_MET, naming what is missing.
 */
public final class ModelSwapProcedureProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.model-swap-procedure",
            "Is a model swap a planned procedure: a gateway with two or more providers and fallbacks, and a runbook?",
            "Route LLM calls through a gateway (LiteLLM model_list with router_settings.fallbacks, or a Portkey"
                    + " fallback strategy) over at least two providers, and write the swap runbook (docs/runbooks/).",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:MANAGE-2.4", "ISO-42001:A.10.3");

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
        List<GatewayConfig> gateways = facts.of(GatewayConfig.class);
        List<GatewayConfig> swappable = gateways.stream().filter(GatewayConfig::swappable).toList();
        List<Runbook> runbooks = facts.of(Runbook.class).stream().filter(r -> r.topic() == RunbookTopic.MODEL_SWAP).toList();
        List<Runbook> procedures = runbooks.stream().filter(Runbook::procedure).toList();
        List<Evidence> ev = new ArrayList<>();
        if (!swappable.isEmpty() && !procedures.isEmpty()) {
            swappable.forEach(g -> ev.add(g.evidence()));
            procedures.forEach(r -> ev.add(r.evidence()));
            return Finding.met(METADATA.id(), "gateway " + swappable.get(0).path() + " routes to "
                    + String.join(", ", swappable.get(0).providers()) + " with fallbacks; swap runbook "
                    + procedures.get(0).path(), ev);
        }
        List<String> missing = new ArrayList<>();
        if (gateways.isEmpty()) {
            missing.add("no LLM gateway config (LiteLLM model_list or Portkey strategy)");
        } else if (swappable.isEmpty()) {
            gateways.forEach(g -> {
                missing.add("gateway " + g.path() + " has " + g.shortfall());
                ev.add(g.evidence());
            });
        } else {
            swappable.forEach(g -> ev.add(g.evidence()));
        }
        if (procedures.isEmpty()) {
            missing.add(runbooks.isEmpty() ? "no model-swap runbook"
                    : "model-swap document(s) without a procedure: " + String.join(", ", runbooks.stream().map(Runbook::path).toList()));
            runbooks.forEach(r -> ev.add(r.evidence()));
        } else {
            procedures.forEach(r -> ev.add(r.evidence()));
        }
        return GitProbes.notFound(facts, METADATA.id(), String.join("; ", missing), ev);
    }
}
