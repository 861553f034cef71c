package dev.maturity.probes.git.ci.drone;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Woodpecker workflows: {@code .woodpecker.yml} or each file of {@code .woodpecker/} (a
 * workflow named by its file). A workflow's {@code when} narrows its triggers (without one: pushes,
 * pull requests, tags, releases and manual runs; cron only where named); {@code depends_on} names
 * workflows whose steps its first steps need. {@code steps} (or the older {@code pipeline}) may be a
 * mapping or a list.
 */
public final class WoodpeckerReader implements CiReader {

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        Map<String, Workflow> workflows = new LinkedHashMap<>();
        for (RepoFile f : files) {
            String text = ctx.repo().text(f.path()).orElse("");
            ctx.parse(CiSystem.WOODPECKER, f.path(), text).ifPresent(root -> {
                workflows.put(f.name().replaceFirst("\\.ya?ml$", "").replaceFirst("^\\.", ""), new Workflow(f.path(), root, new YamlSpan(text)));
                ctx.read(CiSystem.WOODPECKER, f.path());
            });
        }
        Map<String, List<String>> done = new HashMap<>();
        for (int round = 0; round < workflows.size() && done.size() < workflows.size(); round++) {
            for (Map.Entry<String, Workflow> e : workflows.entrySet()) {
                Workflow w = e.getValue();
                List<String> deps = w.root().get("depends_on").texts();
                if (done.containsKey(e.getKey()) || !deps.stream().allMatch(d -> done.containsKey(d) || !workflows.containsKey(d))) {
                    continue;
                }
                List<String> after = new ArrayList<>();
                deps.forEach(d -> after.addAll(done.getOrDefault(d, List.of())));
                done.put(e.getKey(), read(ctx, e.getKey(), w, after));
            }
        }
        // workflows that depend on each other in a cycle never run; read them without those needs
        workflows.forEach((name, w) -> done.computeIfAbsent(name, n -> read(ctx, n, w, List.of())));
    }

    private static List<String> read(CiContext ctx, String name, Workflow w, List<String> after) {
        Set<Trigger> universe = EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST, Trigger.TAG, Trigger.RELEASE, Trigger.MANUAL);
        if (w.root().toString().contains("cron")) {
            universe.add(Trigger.SCHEDULE);
        }
        YamlNode steps = w.root().has("steps") ? w.root().get("steps") : w.root().get("pipeline");
        return ContainerSteps.read(ctx, CiSystem.WOODPECKER, w.path(), w.span(), w.path(), name + "/", ContainerSteps.steps(steps),
                DroneEvents.of(w.root().get("when"), universe), after);
    }

    private record Workflow(String path, YamlNode root, YamlSpan span) {
    }
}
