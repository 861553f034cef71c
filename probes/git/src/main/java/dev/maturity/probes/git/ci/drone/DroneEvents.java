package dev.maturity.probes.git.ci.drone;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.Trigger;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drone and Woodpecker {@code trigger:} / {@code when:} conditions read into triggers: {@code event}
 * (a value, a list, or {@code include}/{@code exclude}), {@code cron} names, and {@code ref}
 * patterns on tags. A branch filter matches a pull request's target branch in both systems, so it
 * keeps pull requests. A list of conditions (Woodpecker) admits what any of them admits.
 */
final class DroneEvents {

    private DroneEvents() {
    }

    static Set<Trigger> of(YamlNode when, Set<Trigger> universe) {
        if (when.isSequence()) {
            Set<Trigger> any = EnumSet.noneOf(Trigger.class);
            when.items().forEach(w -> any.addAll(of(w, universe)));
            return when.items().isEmpty() ? copy(universe) : any;
        }
        Set<Trigger> out = copy(universe);
        YamlNode event = when.get("event");
        if (event.isMapping()) {
            if (event.has("include")) {
                out.retainAll(events(event.get("include").texts()));
            }
            out.removeAll(events(event.get("exclude").texts()));
        } else if (event.hasContent()) {
            out.retainAll(events(event.texts()));
        }
        if (when.get("cron").hasContent()) {
            out.retainAll(EnumSet.of(Trigger.SCHEDULE));
        }
        List<String> refs = when.get("ref").isMapping() ? when.at("ref", "include").texts() : when.get("ref").texts();
        if (!refs.isEmpty() && refs.stream().allMatch(r -> r.startsWith("refs/tags/"))) {
            out.retainAll(EnumSet.of(Trigger.TAG));
        }
        return out;
    }

    /** Whether the step runs after a failure too ({@code status: [failure]}, {@code [success, failure]}). */
    static boolean ungated(YamlNode when) {
        return when.items().stream().anyMatch(w -> w.get("status").texts().contains("failure"));
    }

    static Set<Trigger> events(List<String> names) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        for (String n : names) {
            switch (n.strip().toLowerCase(Locale.ROOT)) {
                case "push" -> out.add(Trigger.PUSH);
                case "pull_request" -> out.add(Trigger.PULL_REQUEST);
                case "tag" -> out.add(Trigger.TAG);
                case "release" -> out.add(Trigger.RELEASE);
                case "cron" -> out.add(Trigger.SCHEDULE);
                case "promote", "rollback", "custom", "manual", "deployment" -> out.add(Trigger.MANUAL);
                default -> out.add(Trigger.OTHER);
            }
        }
        return out;
    }

    static Set<Trigger> copy(Set<Trigger> s) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        out.addAll(s);
        return out;
    }
}
