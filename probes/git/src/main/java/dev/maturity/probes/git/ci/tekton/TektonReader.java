package dev.maturity.probes.git.ci.tekton;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Resources;
import dev.maturity.probes.git.ci.Resources.Resource;
import dev.maturity.probes.git.ci.Secrets;
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
 * Reads Tekton resources of the repository: each Pipeline's tasks (and each PipelineRun's inline
 * {@code pipelineSpec}) are jobs; {@code runAfter} and results used from other tasks are needs;
 * {@code finally} tasks run whatever happened; {@code onError: continue} makes a task or step
 * report-only. A task's steps come from its {@code taskSpec} or a Task of the repository; a task from
 * a hub, bundle or resolver shows as {@code uses:}. Triggers: {@link TektonTriggers}; a pipeline
 * nothing in the repository starts is started by hand.
 */
public final class TektonReader implements CiReader {

    private static final Pattern RESULT = Pattern.compile("\\$\\(tasks\\.([\\w-]+)\\.results");
    private static final Pattern WORKSPACE = Pattern.compile("^\\$\\(workspaces\\.[\\w-]+\\.path\\)/?");

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        List<Resource> resources = Resources.read(ctx, CiSystem.TEKTON, files, "tekton.dev/");
        Map<String, Resource> tasks = new HashMap<>();
        resources.stream().filter(r -> r.kind().equals("Task") || r.kind().equals("ClusterTask")).forEach(r -> tasks.put(r.name(), r));
        Map<String, Set<Trigger>> triggers = TektonTriggers.of(resources);
        for (Resource r : resources) {
            if (r.kind().equals("Pipeline")) {
                pipeline(ctx, r, r.name(), r.doc().get("spec"), triggers.getOrDefault(r.name(), EnumSet.of(Trigger.MANUAL)), tasks);
            } else if (r.kind().equals("PipelineRun") && r.doc().at("spec", "pipelineSpec").isMapping()) {
                pipeline(ctx, r, r.name(), r.doc().at("spec", "pipelineSpec"), triggers.getOrDefault(r.name(), EnumSet.of(Trigger.MANUAL)),
                        tasks);
            }
        }
    }

    private static void pipeline(CiContext ctx, Resource r, String name, YamlNode spec, Set<Trigger> triggers, Map<String, Resource> tasks) {
        for (String section : List.of("tasks", "finally")) {
            for (YamlNode task : spec.get(section).items()) {
                List<String> needs = new ArrayList<>();
                if (section.equals("tasks")) {
                    task.get("runAfter").texts().forEach(needs::add);
                    Matcher m = RESULT.matcher(task.toString());
                    while (m.find()) {
                        needs.add(m.group(1));
                    }
                }
                String id = task.get("name").textOr("task");
                JobBuilder b = ctx.job(CiSystem.TEKTON, r.file(), r.file() + "#" + name, id).triggers(triggers)
                        .needs(needs).lines(r.span().start(task), r.span().end(task))
                        .mayFail(task.get("onError").textOr("").equals("continue"));
                YamlNode steps = task.at("taskSpec", "steps");
                Resource ref = tasks.get(task.at("taskRef", "name").textOr(""));
                if (!steps.hasContent() && ref != null) {
                    steps = ref.doc().at("spec", "steps");
                }
                if (steps.hasContent()) {
                    steps(steps, b);
                } else {
                    b.uses(task.at("taskRef", "name").textOr(task.at("taskRef", "resolver").textOr("task")), params(task), "", false);
                }
                b.emit();
            }
        }
    }

    private static void steps(YamlNode steps, JobBuilder b) {
        Set<String> secrets = new TreeSet<>();
        for (YamlNode step : steps.items()) {
            boolean tolerated = step.get("onError").textOr("").equals("continue");
            String wd = WORKSPACE.matcher(step.get("workingDir").textOr("")).replaceFirst("");
            wd = wd.startsWith("$(") || wd.startsWith("/") ? "" : wd;
            if (step.get("script").hasContent()) {
                b.shell(step.get("script").textOr(""), wd, tolerated);
            } else {
                List<String> line = new ArrayList<>(step.get("command").texts());
                line.addAll(step.get("args").texts());
                b.shell(String.join(" ", line), wd, tolerated);
            }
            Secrets.references(step.get("env"), secrets);
        }
        b.secrets(secrets);
    }

    private static Map<String, String> params(YamlNode task) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        task.get("params").items().forEach(p -> out.put(p.get("name").textOr(""), p.get("value").isSequence()
                ? String.join(" ", p.get("value").texts()) : p.get("value").textOr("")));
        return out;
    }
}
