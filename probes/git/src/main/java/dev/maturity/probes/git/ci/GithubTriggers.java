package dev.maturity.probes.git.ci;

import dev.maturity.core.glob.Glob;
import dev.maturity.core.glob.GlobSyntaxException;
import dev.maturity.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a GitHub Actions {@code on:} block (string, list or map) and a job's {@code if:} into triggers. */
final class GithubTriggers {

    private static final Pattern EVENT_NE = Pattern.compile("github\\.event_name\\s*!=\\s*['\"]([a-z_]+)['\"]");
    private static final Pattern EVENT_EQ = Pattern.compile("github\\.event_name\\s*==\\s*['\"]([a-z_]+)['\"]");

    private GithubTriggers() {
    }

    static Set<Trigger> of(YamlNode on) {
        return of(on, Optional.empty());
    }

    /**
     * The workflow's triggers, where a pull_request or push filtered to branches that leave out the
     * default branch ({@code branches:} none of which matches it, or {@code branches-ignore:} one of
     * which does) fires only on other lines of development: {@link Trigger#OTHER}, never a change to
     * the default branch. Without a known default branch the filters are not read.
     */
    static Set<Trigger> of(YamlNode on, Optional<String> defaultBranch) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        if (on.isMapping()) {
            for (Map.Entry<String, YamlNode> e : on.entries().entrySet()) {
                Set<Trigger> fired = event(e.getKey(), e.getValue());
                if (defaultBranch.isPresent() && !firesOn(e.getValue(), defaultBranch.get())) {
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

    /** Whether a change event's branch filters admit the branch (no filter admits every branch). */
    static boolean firesOn(YamlNode config, String branch) {
        if (!config.isMapping()) {
            return true;
        }
        if (config.has("branches")) {
            List<String> patterns = config.get("branches").texts();
            boolean admitted = false;
            for (String p : patterns) {
                boolean negated = p.startsWith("!");
                if (matches(negated ? p.substring(1) : p, branch)) {
                    admitted = !negated;
                }
            }
            return patterns.isEmpty() || admitted;
        }
        return config.get("branches-ignore").texts().stream().noneMatch(p -> matches(p, branch));
    }

    /** A GitHub branch filter pattern ({@code *} within a segment, {@code **} across); a malformed one admits the branch. */
    private static boolean matches(String pattern, String branch) {
        try {
            return Glob.path(pattern.strip()).matches(branch);
        } catch (GlobSyntaxException e) {
            return true;
        }
    }

    /** The branch filters that leave out the default branch, for the job's description; empty when none does. */
    static String missedBranch(YamlNode on, Optional<String> defaultBranch) {
        if (defaultBranch.isEmpty() || !on.isMapping()) {
            return "";
        }
        List<String> filters = new ArrayList<>();
        for (String event : List.of("pull_request", "pull_request_target", "push")) {
            YamlNode config = on.get(event);
            if (config.isMapping() && !firesOn(config, defaultBranch.get())) {
                List<String> b = config.has("branches") ? config.get("branches").texts()
                        : config.get("branches-ignore").texts().stream().map(p -> "!" + p).toList();
                filters.add(event + " to " + String.join(", ", b));
            }
        }
        return filters.isEmpty() ? "" : " (" + String.join("; ", filters) + ": never the default branch " + defaultBranch.get() + ")";
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
