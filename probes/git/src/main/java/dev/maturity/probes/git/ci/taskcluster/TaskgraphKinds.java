package dev.maturity.probes.git.ci.taskcluster;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An in-tree taskgraph kind ({@code taskcluster/kinds/NAME/kind.yml}): each of its {@code tasks} is a
 * job {@code KIND-NAME} running {@code run.command} or {@code worker.command}, on the
 * {@code run-on-tasks-for} events (by default those of the decision task: pushes and pull requests),
 * after the tasks its {@code dependencies} name. Transforms, loaders and {@code task-defaults} beyond
 * {@code run-on-tasks-for} are not applied.
 */
final class TaskgraphKinds {

    private TaskgraphKinds() {
    }

    static void read(CiContext ctx, String path, YamlSpan span, YamlNode kind) {
        String name = path.replaceFirst("/kind\\.ya?ml$", "").replaceFirst("^.*/", "");
        YamlNode defaults = kind.get("task-defaults").isMapping() ? kind.get("task-defaults") : kind.get("job-defaults");
        YamlNode tasks = kind.get("tasks").isMapping() ? kind.get("tasks") : kind.get("jobs");
        for (Map.Entry<String, YamlNode> e : tasks.entries().entrySet()) {
            YamlNode task = e.getValue();
            YamlNode on = task.has("run-on-tasks-for") ? task.get("run-on-tasks-for") : defaults.get("run-on-tasks-for");
            Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
            on.texts().forEach(v -> triggers.addAll(TasksFor.of(v)));
            if (!on.isSequence()) {
                triggers.addAll(EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST));
            }
            YamlNode command = task.at("run", "command").isMissing() ? task.at("worker", "command") : task.at("run", "command");
            JobBuilder b = ctx.job(CiSystem.TASKCLUSTER, path, "taskgraph", name + "-" + e.getKey()).triggers(triggers)
                    .needs(task.get("dependencies").entries().values().stream().map(v -> v.textOr("")).filter(v -> !v.isEmpty()).toList())
                    .lines(span.start(task), span.end(task));
            b.shell(TaskclusterReader.command(command, ctx), "");
            b.emit();
        }
    }
}
