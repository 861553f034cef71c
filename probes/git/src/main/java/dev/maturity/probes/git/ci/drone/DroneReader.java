package dev.maturity.probes.git.ci.drone;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code .drone.yml}: every {@code kind: pipeline} document, with its {@code trigger} (without
 * one: pushes, pull requests, tags and promotions; cron only where the file names it, since cron jobs
 * are set up in Drone) and {@code depends_on} other pipelines of the file, whose steps its first
 * steps need.
 */
public final class DroneReader implements CiReader {

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        for (RepoFile f : files) {
            String text = ctx.repo().text(f.path()).orElse("");
            List<YamlNode> docs;
            try {
                docs = SafeYaml.parseAll(text, ctx.repo().yamlBudget());
            } catch (YamlParseException e) {
                ctx.unreadable(CiSystem.DRONE, f.path(), e.line(), e.getMessage());
                continue;
            }
            ctx.read(CiSystem.DRONE, f.path());
            Set<Trigger> universe = EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST, Trigger.TAG, Trigger.MANUAL);
            if (text.contains("cron")) {
                universe.add(Trigger.SCHEDULE);
            }
            YamlSpan span = new YamlSpan(text);
            Map<String, List<String>> byPipeline = new HashMap<>();
            int n = 0;
            for (YamlNode doc : docs) {
                if (!"pipeline".equals(doc.get("kind").textOr(""))) {
                    continue;
                }
                String name = doc.get("name").textOr("pipeline " + ++n);
                List<String> after = doc.get("depends_on").texts().stream()
                        .flatMap(d -> byPipeline.getOrDefault(d, List.of()).stream()).toList();
                Set<Trigger> triggers = DroneEvents.of(doc.get("trigger"), universe);
                byPipeline.put(name, ContainerSteps.read(ctx, CiSystem.DRONE, f.path(), span, f.path(), name + "/",
                        ContainerSteps.steps(doc.get("steps")), triggers, after));
            }
        }
    }
}
