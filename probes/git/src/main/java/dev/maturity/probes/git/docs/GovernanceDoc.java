package dev.maturity.probes.git.docs;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A security or decision document of the service: a threat model, an incident-response plan, a
 * risk or impact assessment, or a security policy, with how much real content it holds.
 *
 * @param sections headed sections with real content
 * @param words    words of real content (placeholders and template markers removed)
 */
public record GovernanceDoc(String repo, String path, Kind kind, int sections, int words, Evidence evidence) implements Fact {

    /** At least this many sections with content, and this many words: a document someone wrote, not a stub. */
    public static final int MIN_SECTIONS = 2;
    public static final int MIN_WORDS = 80;

    public boolean substantive() {
        return sections >= MIN_SECTIONS && words >= MIN_WORDS;
    }

    /** What the document is. */
    public enum Kind {
        THREAT_MODEL("threat model"),
        INCIDENT_RESPONSE("incident-response plan"),
        RISK_ASSESSMENT("risk or impact assessment"),
        SECURITY_POLICY("security policy");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
