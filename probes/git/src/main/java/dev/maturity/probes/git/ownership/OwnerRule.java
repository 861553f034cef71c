package dev.maturity.probes.git.ownership;

import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * One CODEOWNERS line: pattern, owners ({@code @user}, {@code @org/team}, e-mail), its line, and for
 * GitLab its section and whether it is an exclusion ({@code !pattern}). A rule with no owners, when
 * it is the last to match, leaves a path unowned.
 */
public record OwnerRule(OwnerPattern pattern, List<String> owners, int line, String section, boolean exclusion,
                        Evidence evidence) {

    public OwnerRule {
        owners = List.copyOf(owners);
        section = section == null ? "" : section;
    }

    public boolean matches(String path) {
        return pattern.matches(path);
    }

    public boolean hasOwners() {
        return !exclusion && !owners.isEmpty();
    }

    /** {@code pattern @a @b} as written. */
    public String describe() {
        return (exclusion ? "!" : "") + pattern.raw() + (owners.isEmpty() ? " (no owner)" : " " + String.join(" ", owners));
    }
}
