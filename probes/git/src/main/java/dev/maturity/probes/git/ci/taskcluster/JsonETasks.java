package dev.maturity.probes.git.ci.taskcluster;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.Trigger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the task definitions in a {@code .taskcluster.yml} JSON-e template without rendering it:
 * it walks {@code $let}/{@code in}, {@code $if}/{@code then}/{@code else}, {@code $match},
 * {@code $flatten} and lists, narrows the triggers by each condition on the way down, and takes a
 * mapping with a {@code payload} (or a {@code $merge}/{@code $mergeDeep} list of parts, let-bound
 * parts by {@code $eval}) as one task. Bounded by depth; nothing is evaluated.
 */
final class JsonETasks {

    /** A task found: its parts (to read {@code payload}, {@code taskId}, {@code metadata}, {@code dependencies}), the node to cite, its triggers. */
    record Found(List<YamlNode> parts, YamlNode node, Set<Trigger> triggers) {

        /** The first value at the path among the parts. */
        YamlNode at(String... path) {
            return parts.stream().map(p -> p.at(path)).filter(n -> !n.isMissing()).findFirst().orElse(YamlNode.MISSING);
        }
    }

    private static final int MAX_DEPTH = 32;

    private final Map<String, YamlNode> bindings = new HashMap<>();
    private final List<Found> found = new ArrayList<>();

    static List<Found> of(YamlNode tasks, Set<Trigger> universe) {
        JsonETasks walker = new JsonETasks();
        walker.walk(tasks, universe, 0);
        return walker.found;
    }

    private void walk(YamlNode n, Set<Trigger> triggers, int depth) {
        if (depth > MAX_DEPTH || triggers.isEmpty()) {
            return;
        }
        if (n.isSequence()) {
            n.items().forEach(i -> walk(i, triggers, depth + 1));
            return;
        }
        if (!n.isMapping()) {
            return;
        }
        if (n.has("$let")) {
            bindings.putAll(n.get("$let").entries());
            walk(n.get("in"), triggers, depth + 1);
        } else if (n.has("$if")) {
            String cond = n.get("$if").textOr("");
            walk(n.get("then"), TasksFor.narrow(triggers, cond, false), depth + 1);
            walk(n.get("else"), TasksFor.narrow(triggers, cond, true), depth + 1);
        } else if (n.has("$match")) {
            n.get("$match").entries().forEach((cond, v) -> walk(v, TasksFor.narrow(triggers, cond, false), depth + 1));
        } else if (n.has("$flatten") || n.has("$flattenDeep") || n.has("$concat")) {
            n.entries().values().forEach(v -> walk(v, triggers, depth + 1));
        } else if (n.has("$merge") || n.has("$mergeDeep")) {
            List<YamlNode> parts = new ArrayList<>();
            for (YamlNode part : (n.has("$merge") ? n.get("$merge") : n.get("$mergeDeep")).items()) {
                String ref = part.get("$eval").textOr("");
                parts.add(bindings.getOrDefault(ref, part));
            }
            if (parts.stream().anyMatch(p -> p.has("payload"))) {
                found.add(new Found(parts, n, triggers));
            }
        } else if (n.has("payload")) {
            found.add(new Found(List.of(n), n, triggers));
        }
    }
}
