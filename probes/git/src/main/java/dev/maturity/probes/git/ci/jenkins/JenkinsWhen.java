package dev.maturity.probes.git.ci.jenkins;

import dev.maturity.probes.git.ci.Trigger;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a declarative {@code when { }} block into the triggers under which a stage runs, out of
 * those the pipeline has ({@code universe}). {@code changeRequest()} admits pull requests;
 * {@code branch 'main'} branch builds (a pull request builds as {@code PR-n}); {@code tag} and
 * {@code buildingTag()} tags; {@code triggeredBy} the cause it names; {@code not}, {@code anyOf}
 * and {@code allOf} combine. Conditions on values ({@code expression}, {@code environment},
 * {@code changeset}) are not evaluated: they leave the triggers as they are.
 */
final class JenkinsWhen {

    private static final Set<Trigger> BRANCH_BUILDS = EnumSet.of(Trigger.PUSH, Trigger.SCHEDULE, Trigger.MANUAL, Trigger.OTHER);

    private JenkinsWhen() {
    }

    /** All conditions of a {@code when} block must hold. */
    static Set<Trigger> of(List<GroovyStatement> conditions, Set<Trigger> universe) {
        Set<Trigger> out = copy(universe);
        for (GroovyStatement c : conditions) {
            out.retainAll(condition(c, universe));
        }
        return out;
    }

    private static Set<Trigger> condition(GroovyStatement c, Set<Trigger> universe) {
        Set<Trigger> out = switch (c.head()) {
            case "changeRequest" -> EnumSet.of(Trigger.PULL_REQUEST);
            case "buildingTag", "tag" -> EnumSet.of(Trigger.TAG);
            case "branch" -> c.named("pattern").or(c::firstString).orElse("").startsWith("PR-")
                    ? EnumSet.of(Trigger.PULL_REQUEST) : copy(BRANCH_BUILDS);
            case "triggeredBy" -> cause(c.named("cause").or(c::firstString).orElse(""));
            case "not" -> {
                Set<Trigger> rest = copy(universe);
                rest.removeAll(of(c.children(), universe));
                yield rest;
            }
            case "anyOf" -> {
                Set<Trigger> any = EnumSet.noneOf(Trigger.class);
                c.children().forEach(x -> any.addAll(condition(x, universe)));
                yield any;
            }
            case "allOf" -> of(c.children(), universe);
            default -> copy(universe);
        };
        out.retainAll(universe);
        return out;
    }

    private static Set<Trigger> cause(String cause) {
        if (cause.contains("Timer")) {
            return EnumSet.of(Trigger.SCHEDULE);
        }
        if (cause.contains("UserId")) {
            return EnumSet.of(Trigger.MANUAL);
        }
        if (cause.contains("Upstream")) {
            return EnumSet.of(Trigger.OTHER);
        }
        if (cause.contains("SCM") || cause.contains("BranchIndexing") || cause.contains("BranchEvent") || cause.contains("Push")) {
            return EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST);
        }
        return EnumSet.allOf(Trigger.class);
    }

    static Set<Trigger> copy(Set<Trigger> s) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        out.addAll(s);
        return out;
    }
}
