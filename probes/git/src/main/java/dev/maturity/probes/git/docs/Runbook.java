package dev.maturity.probes.git.docs;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * An operational document (runbook, playbook, policy) that speaks of a topic. Its {@code steps}
 * count numbered or checklist items: a document with fewer than two states no procedure.
 *
 * @param title the document's first heading, or its file name
 */
public record Runbook(String repo, String path, RunbookTopic topic, String title, int steps, Evidence evidence)
        implements Fact {

    /** At least two steps: a procedure someone can follow, not a mention. */
    public boolean procedure() {
        return steps >= 2;
    }
}
