package dev.maturity.probes.git.docs;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import java.util.List;

/**
 * Model cards exist and are written: intended use, metrics and limitations with real content. A card
 * left as template text (headings, "[More Information Needed]") stands for a model without a card.
 */
public final class ModelCardsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.model-cards",
            "Does every model card in the repository state intended use, metrics and limitations?",
            "Write a model card per model (Hugging Face card metadata in README.md, or MODEL_CARD.md / docs/models/*.md)"
                    + " with intended use, evaluation metrics and limitations filled in, not left as template text.",
            "EU-AI-Act:Art.11", "EU-AI-Act:Art.13", "NIST-AI-RMF:MAP-4.1", "ISO-42001:A.6.2.7");

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
        List<ModelCard> cards = facts.of(ModelCard.class);
        List<ModelCard> written = cards.stream().filter(ModelCard::substantive).toList();
        List<ModelCard> hollow = cards.stream().filter(c -> !c.substantive()).toList();
        if (cards.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(),
                    "no model card (Hugging Face card metadata, MODEL_CARD.md or docs/models/*.md)", List.of());
        }
        if (hollow.isEmpty()) {
            return Finding.met(METADATA.id(), written.size() + " model card(s) with intended use, metrics and limitations: "
                    + paths(written), written.stream().map(ModelCard::evidence).toList());
        }
        return GitProbes.notFound(facts, METADATA.id(), hollow.size() + " of " + cards.size()
                + " model card(s) lack real content in two of intended use, metrics, limitations: " + paths(hollow),
                hollow.stream().map(ModelCard::evidence).toList());
    }

    private static String paths(List<ModelCard> cards) {
        return String.join(", ", cards.stream().map(ModelCard::path).limit(5).toList())
                + (cards.size() > 5 ? " and " + (cards.size() - 5) + " more" : "");
    }
}
