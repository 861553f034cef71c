package dev.maturity.probes.git.docs;

import java.util.List;
import java.util.regex.Pattern;

/** What an operational document is about, recognised by the words of its sections. */
public enum RunbookTopic {

    /** Swapping or falling back from one LLM model or provider to another. */
    MODEL_SWAP("\\b(model|provider|llm)s?[ -](swap|switch|change|failover|fail-over|fallback|migration|rollover|outage)"
            + "|\\bswap(ping|s)?\\s+(the\\s+|a\\s+|an\\s+)?(\\w+\\s+)?(model|provider|llm)"
            + "|\\bswitch(ing|es)?\\s+(the\\s+|to\\s+(a|another|the)\\s+|between\\s+)?(\\w+\\s+)?(model|provider|llm)"
            + "|\\bfall(s|ing)?\\s?back\\s+(to|on)\\s+(a\\s+|an\\s+|another\\s+|the\\s+)?(\\w+\\s+)?(model|provider|llm)"
            + "|\\bfallback\\s+(\\w+\\s+)?(model|provider|llm)",
            "swap", "switch", "fall", "fail", "change", "migration", "rollover", "outage"),

    /** The path by which a human overrides, reviews or stops an automated high-stakes decision. */
    HUMAN_OVERRIDE("\\b(human|manual)[- ]override|\\boverrid(e|ing)\\s+(the\\s+|a\\s+|an\\s+)?(\\w+\\s+)?(model|decision|prediction|output"
            + "|recommendation|score|classification|answer|assistant|agent)|\\bhuman[- ]in[- ]the[- ]loop"
            + "|\\b(manual|human)\\s+(review|approval|sign[- ]off)|\\bkill[- ]?switch"
            + "|\\b(disable|turn off|switch off)\\s+the\\s+(model|agent|assistant)|\\bescalat\\w*\\s+to\\s+(a\\s+)?human",
            "overrid", "human", "manual", "kill", "disable", "turn off", "switch off");

    private final Pattern subject;
    private final List<String> keywords;

    RunbookTopic(String subject, String... keywords) {
        this.subject = Pattern.compile(subject);
        this.keywords = List.of(keywords);
    }

    /** Whether lower-cased text speaks of this topic (a word of the topic must appear before the pattern is tried). */
    public boolean mentionedIn(String lowerText) {
        return keywords.stream().anyMatch(lowerText::contains) && subject.matcher(lowerText).find();
    }
}
