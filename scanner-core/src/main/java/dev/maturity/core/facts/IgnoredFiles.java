package dev.maturity.core.facts;

import dev.maturity.core.model.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * Files a source left out on purpose, grouped by the rule that left them out (a default exclusion
 * such as {@code node_modules/} or a {@code .maturityignore} glob): how many, and the locators of
 * the first {@link #MAX_NAMED} of them. The evidence is the tree they were left out of.
 */
public record IgnoredFiles(String rule, int count, List<String> locators, Evidence evidence) implements Fact {

    /** How many files of one rule are named; the rest are counted. */
    public static final int MAX_NAMED = 200;

    public IgnoredFiles {
        Objects.requireNonNull(rule, "rule");
        locators = List.copyOf(locators);
    }
}
