package dev.maturity.probes.git.ci.argo;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.Resources.Resource;
import dev.maturity.probes.git.ci.Trigger;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What starts an Argo Events Sensor: the events of the EventSources its {@code dependencies} name
 * ({@code github} and {@code gitlab} webhooks' {@code events}, {@code calendar} schedules); another
 * or an unknown source is some other event.
 */
final class ArgoEvents {

    private ArgoEvents() {
    }

    static Set<Trigger> of(Resource sensor, List<Resource> resources) {
        Map<String, Resource> sources = resources.stream().filter(r -> r.kind().equals("EventSource"))
                .collect(Collectors.toMap(Resource::name, r -> r, (a, b) -> a));
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        for (YamlNode d : sensor.doc().at("spec", "dependencies").items()) {
            Resource source = sources.get(d.get("eventSourceName").textOr(""));
            String event = d.get("eventName").textOr("");
            out.addAll(source == null ? EnumSet.of(Trigger.OTHER) : events(source.doc().get("spec"), event));
        }
        return out.isEmpty() ? EnumSet.of(Trigger.OTHER) : out;
    }

    private static Set<Trigger> events(YamlNode spec, String event) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        if (spec.at("calendar", event).isMapping()) {
            out.add(Trigger.SCHEDULE);
        }
        for (String forge : List.of("github", "gitlab", "bitbucket", "bitbucketserver", "gitea")) {
            YamlNode hook = spec.at(forge, event);
            for (String e : hook.get("events").texts()) {
                String n = e.toLowerCase(Locale.ROOT);
                if (n.contains("pull") || n.contains("merge")) {
                    out.add(Trigger.PULL_REQUEST);
                } else if (n.contains("push") || n.equals("*")) {
                    out.add(Trigger.PUSH);
                } else if (n.contains("tag")) {
                    out.add(Trigger.TAG);
                } else if (n.contains("release")) {
                    out.add(Trigger.RELEASE);
                }
            }
        }
        return out.isEmpty() ? EnumSet.of(Trigger.OTHER) : out;
    }
}
