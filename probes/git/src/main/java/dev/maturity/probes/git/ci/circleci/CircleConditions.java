package dev.maturity.probes.git.ci.circleci;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.Trigger;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a CircleCI workflow's {@code when:} / {@code unless:} logic into the triggers under which
 * it runs: {@code << pipeline.trigger_source >>} and {@code << pipeline.schedule.name >>} compared with
 * a value, {@code << pipeline.git.branch >>} and {@code << pipeline.git.tag >>}, pipeline parameters
 * (set on pushes by a path-filtering setup, true by default, or else only by a run started with
 * parameters: by hand), combined with {@code not}, {@code and}, {@code or}.
 */
final class CircleConditions {

    private final Set<Trigger> universe;
    private final Set<String> setOnPush;
    private final Map<String, Boolean> defaults;

    /**
     * @param setOnPush parameters a setup configuration sets on pushes (path-filtering mappings)
     * @param defaults  boolean parameters' defaults
     */
    CircleConditions(Set<Trigger> universe, Set<String> setOnPush, Map<String, Boolean> defaults) {
        this.universe = universe;
        this.setOnPush = setOnPush;
        this.defaults = defaults;
    }

    Set<Trigger> when(YamlNode when, YamlNode unless) {
        Set<Trigger> out = copy(universe);
        if (!when.isMissing()) {
            out.retainAll(eval(when, 0));
        }
        if (!unless.isMissing()) {
            out.removeAll(eval(unless, 0));
        }
        return out;
    }

    private Set<Trigger> eval(YamlNode c, int depth) {
        if (depth > 16) {
            return copy(universe);
        }
        if (c.isScalar()) {
            return scalar(c.textOr("").strip());
        }
        if (c.has("not")) {
            Set<Trigger> out = copy(universe);
            out.removeAll(eval(c.get("not"), depth + 1));
            return out;
        }
        if (c.has("and") || c.has("or")) {
            boolean and = c.has("and");
            Set<Trigger> out = and ? copy(universe) : EnumSet.noneOf(Trigger.class);
            for (YamlNode x : c.get(and ? "and" : "or").items()) {
                if (and) {
                    out.retainAll(eval(x, depth + 1));
                } else {
                    out.addAll(eval(x, depth + 1));
                }
            }
            return out;
        }
        if (c.has("equal")) {
            String all = String.join(" ", c.get("equal").texts());
            return compared(all);
        }
        if (c.has("matches")) {
            return compared(c.at("matches", "value").textOr(""));
        }
        return copy(universe);
    }

    private Set<Trigger> scalar(String s) {
        if (s.equals("true")) {
            return copy(universe);
        }
        if (s.equals("false")) {
            return EnumSet.noneOf(Trigger.class);
        }
        String param = s.replaceAll("^<<\\s*pipeline\\.parameters\\.([\\w-]+)\\s*>>$", "$1");
        if (!param.equals(s)) {
            if (setOnPush.contains(param) || defaults.getOrDefault(param, false)) {
                return copy(universe);
            }
            return EnumSet.of(Trigger.MANUAL);
        }
        return compared(s);
    }

    /** A comparison with a pipeline value: which triggers can make it true. */
    private Set<Trigger> compared(String text) {
        Set<Trigger> out;
        if (text.contains("pipeline.trigger_source") || text.contains("pipeline.schedule")) {
            out = text.contains("scheduled_pipeline") || text.contains("pipeline.schedule") ? EnumSet.of(Trigger.SCHEDULE)
                    : text.contains("api") ? EnumSet.of(Trigger.MANUAL) : EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST);
        } else if (text.contains("pipeline.git.tag")) {
            out = EnumSet.of(Trigger.TAG);
        } else if (text.contains("pipeline.git.branch")) {
            out = EnumSet.of(Trigger.PUSH, Trigger.SCHEDULE, Trigger.MANUAL);
        } else {
            out = copy(universe);
        }
        out.retainAll(universe);
        return out;
    }

    static Set<Trigger> copy(Set<Trigger> s) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        out.addAll(s);
        return out;
    }
}
