package dev.maturity.probes.git.ci;

import dev.maturity.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a GitHub Actions {@code on:} block (string, list or map) and a job's {@code if:} into triggers. */
final class GithubTriggers {

    private static final Pattern EVENT_NE = Pattern.compile("github\\.event_name\\s*!=\\s*['\"]([a-z_]+)['\"]");
    private static final Pattern EVENT_EQ = Pattern.compile("github\\.event_name\\s*==\\s*['\"]([a-z_]+)['\"]");

    private GithubTriggers() {
    }

    /**
     * The workflow's triggers, where a pull_request or push whose branch filters leave out the
     * default branch and every branch alive in the year before the scan ({@link BranchLines#fires})
     * fires only on dormant lines: {@link Trigger#OTHER}, never a change.
     */
    static Set<Trigger> of(YamlNode on, BranchLines lines) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        if (on.isMapping()) {
            for (Map.Entry<String, YamlNode> e : on.entries().entrySet()) {
                Set<Trigger> fired = event(e.getKey(), e.getValue());
                if (!lines.fires(e.getValue())) {
                    fired.removeAll(EnumSet.of(Trigger.PULL_REQUEST, Trigger.PUSH));
                    fired.add(Trigger.OTHER);
                }
                out.addAll(fired);
            }
        } else {
            for (String name : on.texts()) {
                out.addAll(event(name, YamlNode.MISSING));
            }
        }
        return out;
    }

    /** The branch filters that fire on dormant lines only, for the job's description; empty when none does. */
    static String dormantBranches(YamlNode on, BranchLines lines) {
        if (!on.isMapping()) {
            return "";
        }
        List<String> filters = new ArrayList<>();
        for (String event : List.of("pull_request", "pull_request_target", "push")) {
            YamlNode config = on.get(event);
            if (config.isMapping() && !lines.fires(config)) {
                List<String> b = config.has("branches") ? config.get("branches").texts()
                        : config.get("branches-ignore").texts().stream().map(p -> "!" + p).toList();
                filters.add(event + " to " + String.join(", ", b));
            }
        }
        return filters.isEmpty() ? "" : " (" + String.join("; ", filters) + ": not the default branch "
                + lines.defaultBranch().orElse("") + " and no branch committed to in the year before the scan)";
    }

    private static Set<Trigger> event(String name, YamlNode config) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "pull_request", "pull_request_target", "merge_group" -> EnumSet.of(Trigger.PULL_REQUEST);
            case "push" -> push(config);
            case "release" -> EnumSet.of(Trigger.RELEASE);
            case "schedule" -> config.items().stream().anyMatch(c -> c.get("cron").hasContent())
                    ? EnumSet.of(Trigger.SCHEDULE) : EnumSet.noneOf(Trigger.class);
            case "workflow_dispatch" -> EnumSet.of(Trigger.MANUAL);
            default -> EnumSet.of(Trigger.OTHER);
        };
    }

    /** A push filtered to tags only fires on tags; unfiltered, it fires on branches and tags. */
    private static Set<Trigger> push(YamlNode config) {
        boolean branches = config.has("branches") || config.has("branches-ignore");
        boolean tags = config.has("tags") || config.has("tags-ignore");
        if (tags && !branches) {
            return EnumSet.of(Trigger.TAG);
        }
        if (branches && !tags) {
            return EnumSet.of(Trigger.PUSH);
        }
        return EnumSet.of(Trigger.PUSH, Trigger.TAG);
    }

    /**
     * Narrows workflow triggers by a job's {@code if:} when it only admits named events
     * ({@code github.event_name == 'schedule' || ...}); any other condition leaves them as they are.
     */
    static Set<Trigger> narrow(Set<Trigger> workflow, String condition) {
        if (condition == null || condition.contains("!github")) {
            return workflow;
        }
        Matcher not = EVENT_NE.matcher(condition);
        if (not.find() && !condition.contains("==") && !condition.contains("||")) {
            Set<Trigger> out = EnumSet.noneOf(Trigger.class);
            out.addAll(workflow);
            do {
                out.removeAll(not.group(1).equals("schedule") ? EnumSet.of(Trigger.SCHEDULE) : event(not.group(1), YamlNode.MISSING));
            } while (not.find());
            return out;
        }
        if (condition.contains("!=") || condition.contains("&&")) {
            return workflow;
        }
        Matcher m = EVENT_EQ.matcher(condition);
        Set<Trigger> allowed = EnumSet.noneOf(Trigger.class);
        boolean any = false;
        while (m.find()) {
            any = true;
            allowed.addAll(m.group(1).equals("schedule") ? EnumSet.of(Trigger.SCHEDULE) : event(m.group(1), YamlNode.MISSING));
        }
        if (!any) {
            return workflow;
        }
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        out.addAll(workflow);
        out.retainAll(allowed);
        return out;
    }
}
