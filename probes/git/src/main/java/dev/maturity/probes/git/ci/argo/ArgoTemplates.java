package dev.maturity.probes.git.ci.argo;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an Argo Workflows template runs: a {@code container} ({@code command} and {@code args}), a
 * {@code script} (its source, run as shell when its command is a shell), a {@code resource} action, or
 * the templates of a nested {@code dag} / {@code steps}; {@code templateRef} reaches templates of a
 * WorkflowTemplate of the repository, others show as {@code uses:}.
 */
final class ArgoTemplates {

    private static final int MAX_DEPTH = 4;
    private static final Set<String> SHELLS = Set.of("bash", "sh", "/bin/bash", "/bin/sh");

    private final Map<String, Resource> workflowTemplates;

    ArgoTemplates(Map<String, Resource> workflowTemplates) {
        this.workflowTemplates = workflowTemplates;
    }

    /** The template a task or step names, in the spec or a referenced WorkflowTemplate. */
    YamlNode resolve(YamlNode spec, YamlNode task) {
        String ref = task.at("templateRef", "name").textOr("");
        if (!ref.isEmpty()) {
            Resource wt = workflowTemplates.get(ref);
            return wt == null ? YamlNode.MISSING : byName(wt.doc().get("spec"), task.at("templateRef", "template").textOr(""));
        }
        return byName(spec, task.get("template").textOr(""));
    }

    static YamlNode byName(YamlNode spec, String name) {
        return spec.get("templates").items().stream().filter(t -> t.get("name").textOr("").equals(name)).findFirst().orElse(YamlNode.MISSING);
    }

    void read(YamlNode spec, YamlNode template, YamlNode task, JobBuilder job, Set<String> secrets, int depth) {
        if (template.isMissing()) {
            String ref = task.at("templateRef", "name").textOr(task.get("template").textOr("template"));
            job.uses(ref, JobBuilder.scalars(task.get("arguments")), "", false);
            return;
        }
        YamlNode container = template.has("container") ? template.get("container") : template.get("script");
        if (container.isMapping()) {
            List<String> command = container.get("command").texts();
            if (template.has("script")) {
                String source = container.get("source").textOr("");
                job.shell(command.isEmpty() || SHELLS.contains(command.get(0)) ? source : String.join(" ", command) + " (inline script)", "");
            } else {
                List<String> line = new java.util.ArrayList<>(command);
                line.addAll(container.get("args").texts());
                job.shell(line.isEmpty() ? container.get("image").textOr("") : String.join(" ", line), "");
            }
            Set<String> names = new TreeSet<>();
            dev.maturity.probes.git.ci.Secrets.references(container.get("env"), names);
            secrets.addAll(names);
        } else if (template.has("resource")) {
            job.command("kubectl " + template.at("resource", "action").textOr("apply") + " (resource template)");
        } else if (depth < MAX_DEPTH) {
            for (YamlNode t : template.at("dag", "tasks").items()) {
                read(spec, resolve(spec, t), t, job, secrets, depth + 1);
            }
            for (YamlNode group : template.get("steps").items()) {
                for (YamlNode s : group.items()) {
                    read(spec, resolve(spec, s), s, job, secrets, depth + 1);
                }
            }
        }
    }
}
