package dev.maturity.probes.git.ci;

import dev.maturity.core.yaml.YamlNode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GitLab CI {@code rules:}, {@code only/except}, {@code when:} and {@code workflow:rules} into
 * the pipeline sources a job runs in. A job without rules runs in branch and tag pipelines and by
 * hand; it counts as scheduled only when a rule names {@code "schedule"}, because a schedule lives
 * in the project settings, not in the file.
 */
final class GitlabRules {

    static final Set<Trigger> DEFAULT = EnumSet.of(Trigger.PUSH, Trigger.TAG, Trigger.MANUAL);

    private static final Pattern SOURCE = Pattern.compile("\\$CI_PIPELINE_SOURCE\\s*(==|!=)\\s*[\"']([a-z_]+)[\"']");
    private static final Map<String, Trigger> SOURCES = Map.of(
            "merge_request_event", Trigger.PULL_REQUEST, "external_pull_request_event", Trigger.PULL_REQUEST,
            "push", Trigger.PUSH, "schedule", Trigger.SCHEDULE, "web", Trigger.MANUAL, "api", Trigger.MANUAL,
            "trigger", Trigger.OTHER, "pipeline", Trigger.OTHER, "parent_pipeline", Trigger.OTHER, "chat", Trigger.MANUAL);

    private GitlabRules() {
    }

    /** Every pipeline source. */
    static final Set<Trigger> ALL = EnumSet.allOf(Trigger.class);

    /**
     * Sources the workflow admits: all when it has no rules; otherwise those its rules match, with
     * schedules only when a rule names them.
     */
    static Set<Trigger> workflow(YamlNode workflow) {
        YamlNode rules = workflow.get("rules");
        if (!rules.hasContent()) {
            return ALL;
        }
        Set<Trigger> universe = EnumSet.allOf(Trigger.class);
        if (!rules.toString().contains("schedule")) {
            universe.remove(Trigger.SCHEDULE);
        }
        return fromRules(rules, universe);
    }

    /** The sources a job runs in, given what the workflow admits. */
    static Set<Trigger> job(Map<String, YamlNode> job, Set<Trigger> workflow) {
        Set<Trigger> out;
        YamlNode rules = job.getOrDefault("rules", YamlNode.MISSING);
        if (rules.hasContent()) {
            out = fromRules(rules, workflow);
        } else if (job.containsKey("only") || job.containsKey("except")) {
            out = onlyExcept(job.getOrDefault("only", YamlNode.MISSING), job.getOrDefault("except", YamlNode.MISSING));
        } else {
            out = EnumSet.copyOf(DEFAULT);
            if (workflow != ALL) {
                out.addAll(workflow);
            }
        }
        if ("manual".equals(job.getOrDefault("when", YamlNode.MISSING).textOr("").strip())) {
            return EnumSet.of(Trigger.MANUAL);
        }
        Set<Trigger> admitted = EnumSet.noneOf(Trigger.class);
        admitted.addAll(out);
        admitted.retainAll(workflow);
        return admitted;
    }

    /** Rules are evaluated in order; the first match decides; {@code when: never} excludes. */
    private static Set<Trigger> fromRules(YamlNode rules, Set<Trigger> universe) {
        Set<Trigger> remaining = EnumSet.noneOf(Trigger.class);
        remaining.addAll(universe);
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        for (YamlNode rule : rules.items()) {
            String cond = rule.get("if").textOr("");
            String when = rule.get("when").textOr("on_success").strip().toLowerCase(Locale.ROOT);
            Set<Trigger> matched = matches(cond, remaining);
            remaining.removeAll(matched);
            if (when.equals("never")) {
                continue;
            }
            if (when.equals("manual")) {
                out.add(Trigger.MANUAL);
            } else {
                out.addAll(matched);
            }
        }
        return out;
    }

    /** Which sources an {@code if:} expression can be true for; no expression matches all. */
    private static Set<Trigger> matches(String cond, Set<Trigger> universe) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        if (cond.isBlank()) {
            out.addAll(universe);
            return out;
        }
        boolean or = cond.contains("||");
        Matcher m = SOURCE.matcher(cond);
        boolean named = false;
        while (m.find()) {
            Trigger t = SOURCES.getOrDefault(m.group(2), Trigger.OTHER);
            if (m.group(1).equals("==")) {
                named = true;
                out.add(t);
            } else if (!or) {
                Set<Trigger> rest = EnumSet.noneOf(Trigger.class);
                rest.addAll(universe);
                rest.remove(t);
                out.addAll(rest);
                named = true;
            }
        }
        if (cond.contains("$CI_MERGE_REQUEST_")) {
            out.add(Trigger.PULL_REQUEST);
            named = true;
        }
        if (cond.matches(".*\\$CI_COMMIT_TAG(?!\\s*==\\s*null)(?!\\s*!=).*") && !cond.contains("!$CI_COMMIT_TAG")) {
            out.add(Trigger.TAG);
            named = true;
        }
        if (cond.contains("$CI_COMMIT_BRANCH") && !named) {
            out.add(Trigger.PUSH);
            if (universe.contains(Trigger.SCHEDULE)) {
                out.add(Trigger.SCHEDULE);
            }
            named = true;
        }
        if (!named) {
            out.addAll(universe);
        }
        out.retainAll(universe);
        return out;
    }

    private static Set<Trigger> onlyExcept(YamlNode only, YamlNode except) {
        Set<Trigger> out = only.hasContent() ? refs(only) : EnumSet.copyOf(DEFAULT);
        if (except.hasContent()) {
            out.removeAll(refs(except));
        }
        return out;
    }

    private static Set<Trigger> refs(YamlNode node) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        YamlNode list = node.isMapping() ? node.get("refs") : node;
        for (String ref : list.texts()) {
            switch (ref.strip()) {
                case "merge_requests", "external_pull_requests" -> out.add(Trigger.PULL_REQUEST);
                case "tags" -> out.add(Trigger.TAG);
                case "schedules" -> out.add(Trigger.SCHEDULE);
                case "web", "api", "chat" -> out.add(Trigger.MANUAL);
                case "triggers", "pipelines" -> out.add(Trigger.OTHER);
                default -> out.add(Trigger.PUSH);
            }
        }
        return out;
    }
}
