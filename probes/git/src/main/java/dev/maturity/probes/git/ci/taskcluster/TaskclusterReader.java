package dev.maturity.probes.git.ci.taskcluster;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Taskcluster task definitions, modestly: the tasks of {@code .taskcluster.yml} (version 1,
 * found through its JSON-e by {@link JsonETasks}, triggered by the {@code tasks_for} conditions around
 * them) and of in-tree taskgraph kinds ({@link TaskgraphKinds}). A task's command is its
 * {@code payload.command}; the clone-and-enter prologue those commands start with
 * ({@code git clone … && cd repo}) is read as the checkout; {@code dependencies} are its needs;
 * {@code secrets:get:} scopes name its secrets.
 */
public final class TaskclusterReader implements CiReader {

    private static final Pattern SLUGID = Pattern.compile("as_slugid\\(\\s*[\"']([^\"']+)[\"']\\s*\\)");
    private static final Pattern CLONE_CD = Pattern.compile("(git\\s+clone\\s[^&;]*(?:&&|;)\\s*)cd\\s+([\\w.-]+)\\s*(&&|;)");
    private static final Set<String> SHELLS = Set.of("bash", "/bin/bash", "sh", "/bin/sh");

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        for (RepoFile f : files) {
            String text = ctx.repo().text(f.path()).orElse("");
            java.util.Optional<YamlNode> parsed = ctx.parse(CiSystem.TASKCLUSTER, f.path(), text);
            if (parsed.isEmpty()) {
                continue;
            }
            YamlNode root = parsed.get();
            ctx.read(CiSystem.TASKCLUSTER, f.path());
            YamlSpan span = new YamlSpan(text);
            if (f.path().equals(".taskcluster.yml")) {
                int n = 0;
                for (JsonETasks.Found t : JsonETasks.of(root.get("tasks"), TasksFor.universe(text))) {
                    task(ctx, f.path(), span, t, ++n);
                }
            } else {
                TaskgraphKinds.read(ctx, f.path(), span, root);
            }
        }
    }

    private static void task(CiContext ctx, String path, YamlSpan span, JsonETasks.Found t, int n) {
        String id = slug(t.at("taskId").toString()).orElse(t.at("metadata", "name").textOr("task " + n));
        List<String> needs = new ArrayList<>();
        t.at("dependencies").items().forEach(d -> slug(d.toString()).ifPresent(needs::add));
        JobBuilder b = ctx.job(CiSystem.TASKCLUSTER, path, path, id).triggers(t.triggers()).needs(needs)
                .lines(span.start(t.node()), span.end(t.node()));
        b.shell(command(t.at("payload", "command"), ctx), "");
        b.secrets(t.parts().stream().flatMap(p -> p.get("scopes").texts().stream())
                .filter(s -> s.startsWith("secrets:get:")).map(s -> s.substring("secrets:get:".length())).toList());
        b.emit();
    }

    private static java.util.Optional<String> slug(String text) {
        Matcher m = SLUGID.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** A payload command as a shell line: {@code [bash, -c, script]} is the script; other lists are joined. */
    static String command(YamlNode command, CiContext ctx) {
        List<String> words = command.isSequence() ? command.texts() : List.of(command.textOr(""));
        String line = words.size() >= 3 && SHELLS.contains(words.get(0)) && words.get(1).startsWith("-") && words.get(1).contains("c")
                ? words.get(2) : String.join(" ", words);
        Matcher m = CLONE_CD.matcher(line);
        if (m.find() && !ctx.isDirectory(m.group(2))) {
            line = line.substring(0, m.start()) + m.group(1) + line.substring(m.end());
        }
        return line;
    }
}
