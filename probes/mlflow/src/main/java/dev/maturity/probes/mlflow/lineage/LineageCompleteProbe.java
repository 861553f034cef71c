package dev.maturity.probes.mlflow.lineage;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.mlflow.MlflowDomains;
import dev.maturity.probes.mlflow.MlflowProbes;
import dev.maturity.probes.mlflow.prompts.PromptVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lineage is complete: every production version links run, git commit and dataset digest; on the
 * LLM track every prompt's latest version is also linked to the runs that use it.
 */
public final class LineageCompleteProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("mlflow.lineage-complete",
            "Does every production version link run, git commit and dataset digest, and every prompt version its runs?",
            "Register only versions from runs with a git commit and logged dataset inputs; link prompt versions "
                    + "to the runs that use them.",
            "EU-AI-Act:Art.11", "EU-AI-Act:Art.12", "NIST-AI-RMF:MAP-4.1", "ISO-42001:A.7.5");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        boolean llm = context.track() == Track.LLM;
        var unread = llm ? MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.REGISTRY, MlflowDomains.RUNS, MlflowDomains.PROMPTS)
                : MlflowProbes.unread(facts, METADATA.id(), MlflowDomains.REGISTRY, MlflowDomains.RUNS);
        if (unread.isPresent()) {
            return unread.get();
        }
        List<Lineage.Link> links = Lineage.production(facts, context);
        List<PromptVersion> prompts = llm ? latestPerPrompt(facts.of(PromptVersion.class)) : List.of();
        if (links.isEmpty() && prompts.isEmpty()) {
            return MlflowProbes.notFound(facts, METADATA.id(), llm ? "no production version or prompt to trace"
                    : "no production version to trace", List.of());
        }
        List<Evidence> good = new ArrayList<>();
        List<Evidence> bad = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Lineage.Link link : links) {
            List<String> g = link.gaps(true);
            (g.isEmpty() ? good : bad).addAll(Lineage.evidence(facts, link));
            if (!g.isEmpty()) {
                gaps.add(link.version().label() + " (" + String.join(", ", g) + ")");
            }
        }
        for (PromptVersion p : prompts) {
            (p.associatedRunIds().isEmpty() ? bad : good).add(p.evidence());
            if (p.associatedRunIds().isEmpty()) {
                gaps.add("prompt " + p.label() + " (no linked runs)");
            }
        }
        int total = links.size() + prompts.size();
        if (gaps.isEmpty()) {
            return Finding.met(METADATA.id(), links.size() + " production version(s) with run, commit and dataset digest"
                    + (llm ? ", " + prompts.size() + " prompt(s) linked to runs" : ""), good);
        }
        return MlflowProbes.notFound(facts, METADATA.id(), gaps.size() + " of " + total + " lineage(s) incomplete: "
                + String.join("; ", MlflowProbes.first(gaps, 5)), bad);
    }

    private static List<PromptVersion> latestPerPrompt(List<PromptVersion> versions) {
        Map<String, PromptVersion> latest = versions.stream().collect(Collectors.toMap(PromptVersion::prompt, v -> v,
                (a, b) -> number(a) >= number(b) ? a : b, java.util.TreeMap::new));
        return latest.values().stream().sorted(Comparator.comparing(PromptVersion::prompt)).toList();
    }

    private static long number(PromptVersion v) {
        try {
            return Long.parseLong(v.version());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
