package dev.maturity.core.audit;

import java.util.List;
import java.util.Objects;

/**
 * One control of a framework: its id in the framework ({@code Art.15}, {@code MEASURE-2.3},
 * {@code A.6.2.4}), a title, a paraphrase in the project's own words, the rubric criteria whose
 * outcomes are evidence for it, and where it was defined ({@code file:line}).
 */
public record Control(Framework framework, String id, String title, String paraphrase, List<String> criteria,
                      String origin) {

    public Control {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        paraphrase = paraphrase == null ? "" : paraphrase;
        criteria = List.copyOf(criteria);
    }

    /** {@code eu-ai-act:Art.15}: unique within a catalogue. */
    public String key() {
        return framework.id() + ":" + id;
    }
}
