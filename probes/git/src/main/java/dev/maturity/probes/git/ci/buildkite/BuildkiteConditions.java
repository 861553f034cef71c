package dev.maturity.probes.git.ci.buildkite;

import dev.maturity.probes.git.ci.Trigger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Narrows a Buildkite step's triggers by its {@code branches} filter (a pull request builds its own
 * branch, so naming branches leaves pull requests out) and its {@code if} expression
 * ({@code build.pull_request.id}, {@code build.tag}, {@code build.source}, {@code build.branch}).
 */
final class BuildkiteConditions {

    private static final Pattern PR = Pattern.compile("build\\.pull_request\\.id\\s*(==|!=)\\s*null");
    private static final Pattern TAG = Pattern.compile("build\\.tag\\s*(!=\\s*null|=~|==\\s*\")");
    private static final Pattern SOURCE = Pattern.compile("build\\.source\\s*(==|!=)\\s*[\"'](\\w+)[\"']");
    private static final Pattern BRANCH = Pattern.compile("build\\.branch\\s*(==|=~)");

    private BuildkiteConditions() {
    }

    static Set<Trigger> narrow(Set<Trigger> given, String branches, String condition) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        out.addAll(given);
        if (branches != null && !branches.isBlank()) {
            List<String> positive = List.of(branches.strip().split("\\s+")).stream().filter(b -> !b.startsWith("!")).toList();
            if (!positive.isEmpty() && !positive.contains("*")) {
                out.remove(Trigger.PULL_REQUEST);
            }
        }
        if (condition == null || condition.isBlank()) {
            return out;
        }
        List<Set<Trigger>> positive = new ArrayList<>();
        Matcher pr = PR.matcher(condition);
        while (pr.find()) {
            if (pr.group(1).equals("!=")) {
                positive.add(EnumSet.of(Trigger.PULL_REQUEST));
            } else {
                out.remove(Trigger.PULL_REQUEST);
            }
        }
        if (TAG.matcher(condition).find()) {
            positive.add(EnumSet.of(Trigger.TAG));
        }
        Matcher source = SOURCE.matcher(condition);
        while (source.find()) {
            Set<Trigger> t = switch (source.group(2)) {
                case "schedule" -> EnumSet.of(Trigger.SCHEDULE);
                case "ui", "api" -> EnumSet.of(Trigger.MANUAL);
                case "webhook" -> EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST, Trigger.TAG);
                default -> EnumSet.of(Trigger.OTHER);
            };
            if (source.group(1).equals("==")) {
                positive.add(t);
            } else {
                out.removeAll(t);
            }
        }
        if (BRANCH.matcher(condition).find()) {
            positive.add(EnumSet.of(Trigger.PUSH, Trigger.SCHEDULE, Trigger.MANUAL));
        }
        if (!positive.isEmpty()) {
            Set<Trigger> allowed = EnumSet.noneOf(Trigger.class);
            if (condition.contains("||")) {
                positive.forEach(allowed::addAll);
            } else {
                allowed.addAll(EnumSet.allOf(Trigger.class));
                positive.forEach(allowed::retainAll);
            }
            out.retainAll(allowed);
        }
        return out;
    }
}
