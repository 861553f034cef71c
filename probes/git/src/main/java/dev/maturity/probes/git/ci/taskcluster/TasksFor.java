package dev.maturity.probes.git.ci.taskcluster;

import dev.maturity.probes.git.ci.Trigger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Taskcluster's {@code tasks_for} values ({@code github-push}, {@code github-pull-request},
 * {@code github-release}, {@code cron}, {@code action}) as triggers, and the JSON-e conditions that
 * test them ({@code tasks_for == "…"}, {@code tasks_for[:19] == "…"}, {@code tasks_for in [...]},
 * {@code head_branch[:10] == "refs/tags/"}).
 */
final class TasksFor {

    /** What the GitHub integration creates tasks for without any condition. */
    static final Set<Trigger> GITHUB = EnumSet.of(Trigger.PUSH, Trigger.TAG, Trigger.PULL_REQUEST, Trigger.RELEASE);

    private static final Pattern COMPARED = Pattern.compile("tasks_for(?:\\[[^\\]]*\\])?\\s*(==|!=)\\s*[\"']([\\w-]+)[\"']");
    private static final Pattern IN = Pattern.compile("tasks_for\\s+in\\s+\\[([^\\]]*)\\]");
    private static final Pattern TAG_REF = Pattern.compile("\\[:10\\]\\s*==\\s*[\"']refs/tags/");

    private TasksFor() {
    }

    /**
     * What a {@code .taskcluster.yml} can be rendered for: the GitHub events, plus actions and cron
     * where the file tests for them (those are rendered by Treeherder actions and cron hooks).
     */
    static Set<Trigger> universe(String text) {
        Set<Trigger> out = EnumSet.copyOf(GITHUB);
        if (text.matches("(?s).*[\"']action[\"'].*")) {
            out.add(Trigger.MANUAL);
        }
        if (text.matches("(?s).*[\"']cron[\"'].*")) {
            out.add(Trigger.SCHEDULE);
        }
        return out;
    }

    static Set<Trigger> of(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("github-pull-request")) {
            return EnumSet.of(Trigger.PULL_REQUEST);
        }
        return switch (v) {
            case "github-push" -> EnumSet.of(Trigger.PUSH, Trigger.TAG);
            case "github-release" -> EnumSet.of(Trigger.RELEASE);
            case "cron" -> EnumSet.of(Trigger.SCHEDULE);
            case "action" -> EnumSet.of(Trigger.MANUAL);
            default -> EnumSet.of(Trigger.OTHER);
        };
    }

    /** The triggers out of {@code given} under which the condition can be true ({@code negated}: false). */
    static Set<Trigger> narrow(Set<Trigger> given, String condition, boolean negated) {
        List<Set<Trigger>> positive = new ArrayList<>();
        Set<Trigger> negative = EnumSet.noneOf(Trigger.class);
        Matcher m = COMPARED.matcher(condition);
        while (m.find()) {
            if (m.group(1).equals("==")) {
                positive.add(of(m.group(2)));
            } else {
                negative.addAll(of(m.group(2)));
            }
        }
        Matcher in = IN.matcher(condition);
        while (in.find()) {
            Set<Trigger> any = EnumSet.noneOf(Trigger.class);
            for (String v : in.group(1).split(",")) {
                any.addAll(of(v.replaceAll("[\"'\\s]", "")));
            }
            positive.add(any);
        }
        if (TAG_REF.matcher(condition).find()) {
            positive.add(EnumSet.of(Trigger.TAG));
        }
        Set<Trigger> holds = EnumSet.allOf(Trigger.class);
        if (!positive.isEmpty()) {
            holds = EnumSet.noneOf(Trigger.class);
            if (condition.contains("||")) {
                positive.forEach(holds::addAll);
            } else {
                holds.addAll(EnumSet.allOf(Trigger.class));
                for (Set<Trigger> p : positive) {
                    holds.retainAll(p);
                }
            }
        }
        holds.removeAll(negative);
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        out.addAll(given);
        if (negated) {
            // the else branch: everything the condition does not admit (when it names events at all)
            if (!positive.isEmpty() || !negative.isEmpty()) {
                out.removeAll(holds);
            }
        } else {
            out.retainAll(holds);
        }
        return out;
    }
}
