package dev.maturity.core.rubric;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;

/**
 * The seed's highest-leverage upgrade for a platform at {@code fromLevel}: the sentence, the axis
 * it moves (null: any), and its phrasing for LLM operations (null: the same sentence).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Upgrade(int fromLevel, String text, Axis axis, String llm) {

    public Upgrade(int fromLevel, String text) {
        this(fromLevel, text, null, null);
    }

    /** The sentence for a track: the LLM phrasing for the llm track where there is one. */
    public String text(Track track) {
        return track == Track.LLM && llm != null ? llm : text;
    }
}
