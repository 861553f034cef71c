package dev.maturity.probes.git.retrieval;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * Retrieval is governed by versioned config: a committed config file pins the embedding model
 * (name and version) with index or chunking parameters, and code reads it. Not applicable when the
 * code does no retrieval at all.
 */
public final class RetrievalConfigPinnedProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.retrieval-config-pinned",
            "Are the embedding model (with version) and index/chunking parameters pinned in a versioned config that retrieval code reads?",
            "Move the embedding model name and revision, chunk size/overlap and index settings into a committed config file that the retrieval code loads.",
            "EU-AI-Act:Art.10", "ISO-42001:A.7.5");

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
        List<CodeSignal> retrieval = facts.of(CodeSignal.class).stream().filter(s -> s.signal() == Signal.RETRIEVAL).toList();
        if (retrieval.isEmpty()) {
            return Finding.notApplicable(METADATA.id(), "no retrieval code (embeddings or vector store use) in the repository");
        }
        List<RetrievalConfig> configs = facts.of(RetrievalConfig.class);
        List<RetrievalConfig> good = configs.stream().filter(RetrievalConfig::governs).toList();
        if (!good.isEmpty()) {
            List<Evidence> ev = new ArrayList<>(good.stream().map(RetrievalConfig::evidence).toList());
            retrieval.stream().filter(s -> good.stream().anyMatch(c -> c.readBy().contains(s.path())))
                    .forEach(s -> ev.add(s.evidence()));
            return Finding.met(METADATA.id(), "embedding model " + good.get(0).embeddingModel() + " pinned in "
                    + good.get(0).path() + ", read by " + String.join(", ", good.get(0).readBy()), ev);
        }
        List<Evidence> partial = new ArrayList<>(configs.stream().map(RetrievalConfig::evidence).toList());
        retrieval.forEach(s -> partial.add(s.evidence()));
        String why = configs.isEmpty() ? "retrieval code has no config file naming its embedding model"
                : "retrieval config " + configs.get(0).path() + " lacks " + lacks(configs.get(0));
        return GitProbes.notFound(facts, METADATA.id(), why, partial);
    }

    private static String lacks(RetrievalConfig c) {
        List<String> missing = new ArrayList<>();
        if (!c.pinned()) {
            missing.add("a model version");
        }
        if (c.params().isEmpty()) {
            missing.add("index/chunking parameters");
        }
        if (c.readBy().isEmpty()) {
            missing.add("a reader in code");
        }
        return String.join(", ", missing);
    }
}
