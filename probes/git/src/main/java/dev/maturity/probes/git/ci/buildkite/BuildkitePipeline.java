package dev.maturity.probes.git.ci.buildkite;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Sequence;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Buildkite pipeline file's steps read into jobs. A step after a {@code wait} needs the steps
 * before it (unless the wait continues on failure); {@code depends_on} adds needs, and
 * {@code allow_dependency_failure} makes them order without gating; steps after a {@code block}
 * wait for a human; {@code soft_fail} steps are report-only. A step that uploads another pipeline
 * file of the repository hands its triggers to that file's steps.
 */
final class BuildkitePipeline {

    private static final Pattern UPLOAD = Pattern.compile("buildkite-agent\\s+pipeline\\s+upload(\\s+([^\\s|;&]+))?");

    private final CiContext ctx;
    private final String path;
    private final YamlSpan span;
    private final BiConsumer<String, Upload> uploads;
    private final Sequence sequence = new Sequence();
    private final List<String> placed = new ArrayList<>();
    private List<String> beforeWait;
    private boolean manual;
    private int n;

    /** A pipeline file a step uploads, with the uploading step's triggers and id. */
    record Upload(String file, Set<Trigger> triggers, String after, String command) {
    }

    BuildkitePipeline(CiContext ctx, String path, YamlSpan span, BiConsumer<String, Upload> uploads, List<String> after) {
        this.ctx = ctx;
        this.path = path;
        this.span = span;
        this.uploads = uploads;
        this.beforeWait = after;
    }

    void read(YamlNode steps, Set<Trigger> triggers, int depth) {
        for (YamlNode step : steps.items()) {
            String kind = step.isScalar() ? step.textOr("") : "";
            if (kind.equals("wait") || kind.equals("waiter") || step.has("wait") || step.has("waiter")) {
                boolean carryOn = step.at("wait", "continue_on_failure").textOr(step.get("continue_on_failure").textOr("false")).equals("true");
                beforeWait = carryOn ? List.of() : placed.isEmpty() ? beforeWait : List.copyOf(placed);
                placed.clear();
            } else if (kind.equals("block") || step.has("block") || step.has("input")) {
                String id = id(step, step.get("block").textOr(step.get("input").textOr("block")));
                manual = true;
                List<String> needs = placed.isEmpty() ? beforeWait : List.copyOf(placed);
                ctx.job(CiSystem.BUILDKITE, path, path, id).triggers(EnumSet.of(Trigger.MANUAL)).needs(needs)
                        .command("block: " + id).lines(span.start(step), span.end(step)).emit();
                sequence.add(id, EnumSet.of(Trigger.MANUAL), needs);
                placed.clear();
                beforeWait = List.of(id);
            } else if (step.has("group") && step.has("steps") && depth < 4) {
                read(step.get("steps"), BuildkiteConditions.narrow(triggers, step.get("branches").textOr(""), step.get("if").textOr("")),
                        depth + 1);
            } else if (step.isMapping()) {
                command(step, triggers);
            }
        }
    }

    private void command(YamlNode step, Set<Trigger> triggers) {
        String id = id(step, step.get("label").textOr(step.get("name").textOr("step " + (n + 1))));
        n++;
        Set<Trigger> t = manual ? EnumSet.of(Trigger.MANUAL)
                : BuildkiteConditions.narrow(triggers, String.join(" ", step.get("branches").texts()), step.get("if").textOr(""));
        List<String> needs = new ArrayList<>(sequence.gating(beforeWait, t));
        if (step.get("allow_dependency_failure").textOr("false").equals("true")) {
            needs.clear();
        } else {
            step.get("depends_on").items().forEach(d -> (d.isMapping() ? d.get("step") : d).text().ifPresent(needs::add));
        }
        JobBuilder b = ctx.job(CiSystem.BUILDKITE, path, path, id).triggers(t).needs(needs).lines(span.start(step), span.end(step));
        List<String> lines = new ArrayList<>();
        for (String key : List.of("command", "commands")) {
            YamlNode c = step.get(key);
            lines.addAll(c.isSequence() ? c.texts() : c.text().map(List::of).orElse(List.of()));
        }
        b.script(lines, "", false);
        for (YamlNode plugin : step.get("plugins").items()) {
            if (plugin.isScalar()) {
                b.uses(plugin.textOr(""), Map.of(), "", false);
            }
            plugin.entries().forEach((name, config) -> b.uses(name, JobBuilder.scalars(config), "", false));
        }
        if (step.has("trigger")) {
            b.command("trigger: " + step.get("trigger").textOr(""));
        }
        YamlNode soft = step.get("soft_fail");
        b.mayFail(soft.isSequence() || soft.textOr("false").equals("true"));
        b.secrets(step.get("secrets").isMapping() ? step.get("secrets").entries().keySet() : step.get("secrets").texts());
        b.emit();
        sequence.add(id, t, needs);
        placed.add(id);
        for (String line : lines) {
            Matcher m = UPLOAD.matcher(line);
            if (m.find()) {
                uploads.accept(line, new Upload(m.group(2) == null ? "" : m.group(2), t, id, line.strip()));
            }
        }
    }

    private static String id(YamlNode step, String label) {
        return step.get("key").text().or(() -> step.get("id").text()).or(() -> step.get("identifier").text()).orElse(label);
    }
}
