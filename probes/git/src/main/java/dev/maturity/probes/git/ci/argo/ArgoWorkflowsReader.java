package dev.maturity.probes.git.ci.argo;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Resources;
import dev.maturity.probes.git.ci.Resources.Resource;
import dev.maturity.probes.git.ci.Trigger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Argo Workflows resources of the repository. A CronWorkflow runs on its schedules (unless
 * suspended), and so does a WorkflowTemplate it references; a Sensor that submits a template starts it
 * on events; a Workflow, or a template nothing starts, is submitted by hand. The entrypoint's
 * {@code dag} tasks (needs from {@code dependencies} or {@code depends}; {@code .Failed},
 * {@code .Completed} or {@code .AnySucceeded} conditions order without gating) or {@code steps}
 * (each group after the one before) are jobs; {@code continueOn.failed} makes one report-only.
 */
public final class ArgoWorkflowsReader implements CiReader {

    private static final Pattern DEPENDS = Pattern.compile("([A-Za-z0-9_-]+)(\\.(\\w+))?");
    private static final Set<String> GATING = Set.of("", "Succeeded", "Daemoned");

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        List<Resource> resources = Resources.read(ctx, CiSystem.ARGO, files, "argoproj.io/");
        Map<String, Resource> templates = new HashMap<>();
        Map<String, Set<Trigger>> started = new HashMap<>();
        for (Resource r : resources) {
            if (r.kind().endsWith("WorkflowTemplate")) {
                templates.put(r.name(), r);
            }
            Set<Trigger> t = switch (r.kind()) {
                case "CronWorkflow" -> suspended(r) ? EnumSet.of(Trigger.MANUAL) : EnumSet.of(Trigger.SCHEDULE);
                case "Sensor" -> ArgoEvents.of(r, resources);
                default -> EnumSet.of(Trigger.MANUAL);
            };
            r.doc().walk(n -> n.at("workflowTemplateRef", "name").text()
                    .ifPresent(name -> started.computeIfAbsent(name, k -> EnumSet.noneOf(Trigger.class)).addAll(t)));
        }
        ArgoTemplates resolver = new ArgoTemplates(templates);
        for (Resource r : resources) {
            YamlNode spec = switch (r.kind()) {
                case "CronWorkflow" -> r.doc().at("spec", "workflowSpec");
                case "Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate" -> r.doc().get("spec");
                default -> YamlNode.MISSING;
            };
            if (r.kind().equals("Sensor")) {
                sensorWorkflows(ctx, r, ArgoEvents.of(r, resources), resolver);
                continue;
            }
            if (!spec.get("templates").hasContent()) {
                continue;
            }
            Set<Trigger> t = r.kind().equals("CronWorkflow") ? (suspended(r) ? EnumSet.of(Trigger.MANUAL) : EnumSet.of(Trigger.SCHEDULE))
                    : r.kind().endsWith("WorkflowTemplate") ? started.getOrDefault(r.name(), EnumSet.of(Trigger.MANUAL))
                    : EnumSet.of(Trigger.MANUAL);
            workflow(ctx, r, spec, t, resolver);
        }
    }

    /** Workflows a Sensor submits with their templates inline. */
    private static void sensorWorkflows(CiContext ctx, Resource sensor, Set<Trigger> t, ArgoTemplates resolver) {
        for (YamlNode trigger : sensor.doc().at("spec", "triggers").items()) {
            YamlNode wf = trigger.at("template", "argoWorkflow", "source", "resource");
            if (wf.at("spec", "templates").hasContent()) {
                workflow(ctx, sensor, wf.get("spec"), t, resolver);
            }
        }
    }

    private static boolean suspended(Resource r) {
        return r.doc().at("spec", "suspend").textOr("false").equals("true")
                || !r.doc().at("spec", "schedule").hasContent() && !r.doc().at("spec", "schedules").hasContent();
    }

    private static void workflow(CiContext ctx, Resource r, YamlNode spec, Set<Trigger> triggers, ArgoTemplates resolver) {
        YamlNode entry = ArgoTemplates.byName(spec, spec.get("entrypoint").textOr(""));
        String workflow = r.file() + "#" + r.kind() + "/" + r.name();
        if (entry.has("dag")) {
            for (YamlNode task : entry.at("dag", "tasks").items()) {
                List<String> needs = new ArrayList<>(task.get("dependencies").texts());
                Set<String> ungated = new TreeSet<>();
                Matcher m = DEPENDS.matcher(task.get("depends").textOr(""));
                while (m.find()) {
                    (GATING.contains(m.group(3) == null ? "" : m.group(3)) ? needs : ungated).add(m.group(1));
                }
                needs.removeAll(ungated);
                job(ctx, r, spec, task, workflow, triggers, needs, resolver);
            }
        } else if (entry.has("steps")) {
            List<String> before = List.of();
            for (YamlNode group : entry.get("steps").items()) {
                List<String> ids = new ArrayList<>();
                for (YamlNode step : group.items()) {
                    ids.add(job(ctx, r, spec, step, workflow, triggers, before, resolver));
                }
                before = ids;
            }
        } else if (!entry.isMissing()) {
            job(ctx, r, spec, entry, workflow, triggers, List.of(), resolver);
        }
    }

    private static String job(CiContext ctx, Resource r, YamlNode spec, YamlNode task, String workflow, Set<Trigger> triggers,
                              List<String> needs, ArgoTemplates resolver) {
        String id = task.get("name").textOr("main");
        JobBuilder b = ctx.job(CiSystem.ARGO, r.file(), workflow, id).triggers(triggers).needs(needs)
                .lines(r.span().start(task), r.span().end(task))
                .mayFail(task.at("continueOn", "failed").textOr("false").equals("true"));
        Set<String> secrets = new TreeSet<>();
        YamlNode template = task.has("container") || task.has("script") ? task : resolver.resolve(spec, task);
        resolver.read(spec, template, task, b, secrets, 0);
        b.secrets(secrets).emit();
        return id;
    }
}
