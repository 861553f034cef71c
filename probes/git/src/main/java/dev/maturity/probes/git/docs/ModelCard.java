package dev.maturity.probes.git.docs;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;
import java.util.Set;

/**
 * A model card: a Hugging Face card (YAML front matter such as {@code model-index}, {@code datasets},
 * {@code metrics}, {@code license}) or a Markdown card ({@code MODEL_CARD.md}, {@code docs/models/*.md}).
 *
 * @param metadata   front matter keys that describe the model (empty without front matter)
 * @param written    card sections with real content
 * @param templated  card sections present only as headings, placeholders or template text
 */
public record ModelCard(String repo, String path, List<String> metadata, Set<CardSection> written,
                        Set<CardSection> templated, Evidence evidence) implements Fact {

    public ModelCard {
        metadata = List.copyOf(metadata);
        written = Set.copyOf(written);
        templated = Set.copyOf(templated);
    }

    /** Real content in at least two of intended use, metrics and limitations. */
    public boolean substantive() {
        return written.stream().filter(s -> s != CardSection.TRAINING_DATA).count() >= 2;
    }
}
