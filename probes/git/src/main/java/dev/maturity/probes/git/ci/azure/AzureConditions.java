package dev.maturity.probes.git.ci.azure;

import dev.maturity.probes.git.ci.Trigger;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of an Azure Pipelines {@code condition:} that decide when a stage or job runs:
 * {@code Build.Reason} ({@code PullRequest}, {@code Schedule}, {@code Manual}, {@code IndividualCI}),
 * tag and branch refs, and functions under which it runs whatever its dependencies did
 * ({@code always()}, {@code failed()}, {@code succeededOrFailed()}). Other expressions are not evaluated.
 */
final class AzureConditions {

    private static final String REASON = "variables(?:\\['Build\\.Reason'\\]|\\.Build\\.Reason|\\[\"Build\\.Reason\"\\])";
    private static final Pattern REASON_EQ = Pattern.compile("(eq|ne)\\(\\s*" + REASON + "\\s*,\\s*'(\\w+)'\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("startsWith\\(\\s*variables(?:\\['Build\\.SourceBranch'\\]|\\.Build\\.SourceBranch)\\s*,\\s*'refs/tags/",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRANCH = Pattern.compile("eq\\(\\s*variables(?:\\['Build\\.SourceBranch(Name)?'\\]|\\.Build\\.SourceBranch(Name)?)"
            + "\\s*,\\s*'(refs/heads/)?[\\w./-]+'\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNGATED = Pattern.compile("\\b(always|failed|succeededOrFailed|canceled)\\(\\)");
    private static final Map<String, Set<Trigger>> REASONS = Map.of(
            "pullrequest", EnumSet.of(Trigger.PULL_REQUEST), "schedule", EnumSet.of(Trigger.SCHEDULE),
            "manual", EnumSet.of(Trigger.MANUAL), "individualci", EnumSet.of(Trigger.PUSH, Trigger.TAG),
            "batchedci", EnumSet.of(Trigger.PUSH, Trigger.TAG), "resourcetrigger", EnumSet.of(Trigger.OTHER));

    private AzureConditions() {
    }

    /** The triggers out of {@code given} under which the condition can hold. */
    static Set<Trigger> narrow(Set<Trigger> given, String condition) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        out.addAll(given);
        if (condition == null || condition.isBlank()) {
            return out;
        }
        List<Set<Trigger>> positive = new java.util.ArrayList<>();
        Matcher m = REASON_EQ.matcher(condition);
        while (m.find()) {
            Set<Trigger> t = REASONS.getOrDefault(m.group(2).toLowerCase(java.util.Locale.ROOT), EnumSet.of(Trigger.OTHER));
            if (m.group(1).equalsIgnoreCase("eq")) {
                positive.add(t);
            } else {
                out.removeAll(t);
            }
        }
        if (TAG.matcher(condition).find()) {
            positive.add(EnumSet.of(Trigger.TAG));
        }
        if (BRANCH.matcher(condition).find()) {
            positive.add(EnumSet.of(Trigger.PUSH, Trigger.SCHEDULE, Trigger.MANUAL));
        }
        if (positive.isEmpty()) {
            return out;
        }
        Set<Trigger> allowed = EnumSet.noneOf(Trigger.class);
        if (condition.contains("or(")) {
            positive.forEach(allowed::addAll);
        } else {
            allowed.addAll(EnumSet.allOf(Trigger.class));
            positive.forEach(allowed::retainAll);
        }
        out.retainAll(allowed);
        return out;
    }

    /** Whether the job runs whatever became of its dependencies (they order it, they do not gate it). */
    static boolean ungated(String condition) {
        return condition != null && UNGATED.matcher(condition).find();
    }
}
