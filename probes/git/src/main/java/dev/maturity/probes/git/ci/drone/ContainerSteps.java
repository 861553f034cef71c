package dev.maturity.probes.git.ci.drone;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Secrets;
import dev.maturity.probes.git.ci.Sequence;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The steps of a Drone pipeline or Woodpecker workflow: containers that run {@code commands} in order
 * (each after the one before, unless some step uses {@code depends_on}, which makes the steps a
 * graph); {@code when} narrows a step's triggers; {@code failure: ignore} makes it report-only; a
 * step skipped under a later step's triggers does not gate it. Secrets come from {@code from_secret}
 * and {@code secrets:} lists. Plugin steps ({@code settings}) show as {@code uses: IMAGE}.
 */
final class ContainerSteps {

    /** A step by name, as the file orders them. */
    record Step(String name, YamlNode node) {
    }

    private ContainerSteps() {
    }

    /** Emits the steps as jobs {@code prefix + name}; returns the ids of all of them. */
    static List<String> read(CiContext ctx, CiSystem system, String path, YamlSpan span, String workflow, String prefix,
                             List<Step> steps, Set<Trigger> triggers, List<String> after) {
        boolean graph = steps.stream().anyMatch(s -> s.node().has("depends_on"));
        Sequence sequence = new Sequence();
        List<String> ids = new ArrayList<>();
        List<String> previous = after;
        for (Step s : steps) {
            YamlNode step = s.node();
            String id = prefix + s.name();
            Set<Trigger> t = DroneEvents.of(step.get("when"), triggers);
            List<String> needs;
            if (DroneEvents.ungated(step.get("when")) || step.get("detach").textOr("false").equals("true")) {
                needs = List.of();
            } else if (graph) {
                needs = new ArrayList<>(step.get("depends_on").texts().stream().map(d -> prefix + d).toList());
                if (needs.isEmpty()) {
                    needs.addAll(after);
                }
            } else {
                needs = sequence.gating(previous, t);
            }
            JobBuilder b = ctx.job(system, path, workflow, id).triggers(t).needs(needs).lines(span.start(step), span.end(step))
                    .mayFail(step.get("failure").textOr("").equals("ignore"));
            List<String> commands = step.get("commands").texts();
            b.script(commands, "", false);
            if (step.has("settings")) {
                b.uses(step.get("image").textOr("plugin"), JobBuilder.scalars(step.get("settings")), "", false);
            }
            b.secrets(secrets(step));
            b.emit();
            sequence.add(id, t, needs);
            ids.add(id);
            previous = List.of(id);
        }
        return ids;
    }

    private static Set<String> secrets(YamlNode step) {
        Set<String> out = new TreeSet<>();
        Secrets.references(step.get("environment"), out);
        Secrets.references(step.get("settings"), out);
        for (YamlNode s : step.get("secrets").items()) {
            (s.isMapping() ? s.get("source") : s).text().ifPresent(out::add);
        }
        return out;
    }

    /** Steps of a mapping ({@code name: {...}}) or a list ({@code - name: x}), in order. */
    static List<Step> steps(YamlNode node) {
        List<Step> out = new ArrayList<>();
        if (node.isMapping()) {
            for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
                out.add(new Step(e.getKey(), e.getValue()));
            }
        } else {
            int n = 0;
            for (YamlNode s : node.items()) {
                out.add(new Step(s.get("name").textOr("step " + ++n), s));
            }
        }
        return out;
    }
}
