package dev.maturity.probes.git.docs;

import java.util.regex.Pattern;

/** What an operational document is about, recognised by the words of its sections. */
public enum RunbookTopic {

    /** Swapping or falling back from one LLM model or provider to another. */
    MODEL_SWAP(Pattern.compile("\\b(model|provider|llm)s?[ -](swap|switch|change|failover|fallback|migration|rollover)"
            + "|\\bswap(ping|s)?\\s+(the\\s+|a\\s+|an\\s+)?(\\w+\\s+)?(model|provider|llm)"
            + "|\\bswitch(ing|es)?\\s+(the\\s+|to\\s+(a|another|the)\\s+|between\\s+)?(\\w+\\s+)?(model|provider|llm)"
            + "|\\bfall\\s?backs?\\b|\\bfail[- ]?over\\b"),
            Pattern.compile("\\b(model|provider|llm|gateway|litellm|portkey|openai|anthropic|azure|bedrock|vertex)")),

    /** The path by which a human overrides, reviews or stops an automated high-stakes decision. */
    HUMAN_OVERRIDE(Pattern.compile("\\b(human|manual)[- ]override|\\boverrid(e|ing)\\s+(the\\s+|a\\s+|an\\s+)?(model|decision|prediction|output|"
            + "recommendation|score|classification|answer)|\\bhuman[- ]in[- ]the[- ]loop|\\b(manual|human)\\s+(review|approval|sign[- ]off)"
            + "|\\bkill[- ]?switch|\\b(disable|turn off|switch off)\\s+the\\s+(model|agent|assistant)|\\bescalat\\w*\\s+to\\s+(a\\s+)?human"),
            Pattern.compile("."));

    private final Pattern subject;
    private final Pattern context;

    RunbookTopic(Pattern subject, Pattern context) {
        this.subject = subject;
        this.context = context;
    }

    /** Whether lower-cased text speaks of this topic (its subject, in a relevant context). */
    public boolean mentionedIn(String lowerText) {
        return subject.matcher(lowerText).find() && context.matcher(lowerText).find();
    }
}
