package dev.maturity.probes.git.ci.gocd;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads GoCD YAML config-repository files ({@code *.gocd.yaml}, or YAML of a {@code gocd/} directory
 * with {@code pipelines}). A pipeline runs on commits to its git materials (unless
 * {@code auto_update: false}), on pull requests with a pull-request plugin material, after an upstream
 * pipeline, and on its {@code timer}; a first stage with manual approval makes it a pipeline started
 * by hand, a later one makes that stage and those after it wait for a human. Stages run in order:
 * a stage's jobs need every job of the stage before. Pipelines generated from jsonnet, or built on a
 * server-side template, are reported as not interpreted.
 */
public final class GocdReader implements CiReader {

    private static final Pattern SECRET = Pattern.compile("\\{\\{SECRET:\\[([^\\]]+)\\]\\[([^\\]]+)\\]\\}\\}");

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        for (RepoFile f : files) {
            if (!f.name().endsWith(".yaml") && !f.name().endsWith(".yml")) {
                ctx.notInterpreted(CiSystem.GOCD, f.path(), 0, "pipelines generated from " + f.name().replaceFirst("^.*\\.", "")
                        + " when the config repository is read");
                continue;
            }
            String text = ctx.repo().text(f.path()).orElse("");
            java.util.Optional<YamlNode> parsed = ctx.parse(CiSystem.GOCD, f.path(), text);
            if (parsed.isEmpty()) {
                continue;
            }
            YamlNode root = parsed.get();
            if (!root.get("pipelines").isMapping()) {
                continue;
            }
            ctx.read(CiSystem.GOCD, f.path());
            Map<String, String> environments = new HashMap<>();
            root.get("environments").entries().forEach((env, e) -> e.get("pipelines").texts().forEach(p -> environments.put(p, env)));
            YamlSpan span = new YamlSpan(text);
            root.get("pipelines").entries().forEach((name, p) -> pipeline(ctx, f.path(), span, name, p, environments.get(name)));
        }
    }

    private static void pipeline(CiContext ctx, String path, YamlSpan span, String name, YamlNode p, String environment) {
        if (!p.get("stages").hasContent() && p.has("template")) {
            ctx.notInterpreted(CiSystem.GOCD, path, p.line(), "pipeline " + name + " uses the server-side template "
                    + p.get("template").textOr(""));
            return;
        }
        Set<Trigger> triggers = triggers(p);
        String destination = "";
        for (YamlNode m : p.get("materials").entries().values()) {
            if (m.has("git") && destination.isEmpty()) {
                destination = m.get("destination").textOr("");
            }
        }
        Set<String> secrets = new TreeSet<>(p.get("secure_variables").entries().keySet());
        List<String> before = List.of();
        boolean manual = false;
        for (YamlNode item : p.get("stages").items()) {
            for (Map.Entry<String, YamlNode> stage : item.entries().entrySet()) {
                YamlNode s = stage.getValue();
                YamlNode approval = s.get("approval");
                boolean manualApproval = "manual".equals(approval.isMapping() ? approval.get("type").textOr("") : approval.textOr(""));
                manual |= manualApproval;
                Set<Trigger> t = manual ? EnumSet.of(Trigger.MANUAL) : triggers;
                List<String> ids = new ArrayList<>();
                for (Map.Entry<String, YamlNode> job : s.get("jobs").entries().entrySet()) {
                    String id = stage.getKey() + "/" + job.getKey();
                    JobBuilder b = ctx.job(CiSystem.GOCD, path, path + "#" + name, id).triggers(t).needs(before)
                            .environment(environment).lines(span.start(job.getValue()), span.end(job.getValue()));
                    Set<String> names = new TreeSet<>(secrets);
                    names.addAll(job.getValue().get("secure_variables").entries().keySet());
                    for (YamlNode vars : List.of(p.get("environment_variables"), s.get("environment_variables"),
                            job.getValue().get("environment_variables"))) {
                        vars.entries().values().forEach(v -> v.text().ifPresent(text -> {
                            var m = SECRET.matcher(text);
                            while (m.find()) {
                                names.add(m.group(1) + "/" + m.group(2));
                            }
                        }));
                    }
                    GocdTasks.read(job.getValue().get("tasks"), destination, b.secrets(names));
                    b.emit();
                    ids.add(id);
                }
                before = ids.isEmpty() ? before : ids;
            }
        }
    }

    /** What starts the pipeline, from its materials and timer; nothing automatic means by hand. */
    static Set<Trigger> triggers(YamlNode p) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        for (YamlNode m : p.get("materials").entries().values()) {
            boolean auto = !m.get("auto_update").textOr("true").strip().equals("false");
            String plugin = m.at("plugin_configuration", "id").textOr("") + m.get("scm").textOr("");
            if (m.has("pipeline") || m.has("upstream")) {
                out.add(Trigger.OTHER);
            } else if (!plugin.isEmpty()) {
                out.add(plugin.contains("pr") || plugin.contains("pull") ? Trigger.PULL_REQUEST : Trigger.PUSH);
            } else if (auto && (m.has("git") || m.has("hg") || m.has("svn") || m.has("p4") || m.has("tfs"))) {
                out.add(Trigger.PUSH);
            }
        }
        if (p.at("timer", "spec").hasContent()) {
            out.add(Trigger.SCHEDULE);
        }
        if (out.isEmpty()) {
            out.add(Trigger.MANUAL);
        }
        return out;
    }
}
