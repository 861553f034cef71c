package dev.maturity.probes.git.wiring;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task runners whose task definitions live in the repository: {@code mise run <task>} (the
 * {@code [tasks.<name>]} tables of {@code mise.toml}) and {@code task <name>} (the {@code tasks:}
 * of a go-task {@code Taskfile.yml}). A task runs its commands and the tasks it depends on.
 */
final class TaskRunners {

    private static final List<String> MISE_FILES = List.of("mise.toml", ".mise.toml", "mise/config.toml", ".config/mise.toml",
            ".mise/config.toml");
    private static final List<String> TASKFILES = List.of("Taskfile.yml", "Taskfile.yaml", "taskfile.yml", "taskfile.yaml");
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[tasks\\.(?:\"([^\"]+)\"|'([^']+)'|([\\w:.-]+))]\\s*$");
    private static final Pattern KEY = Pattern.compile("^\\s*(run|depends)\\s*=\\s*(.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");

    private final RepoSnapshot repo;
    private final DefinitionCommands.Resolver resolver;

    TaskRunners(RepoSnapshot repo, DefinitionCommands.Resolver resolver) {
        this.repo = repo;
        this.resolver = resolver;
    }

    /** {@code mise run <task>}: the task's run lines and those of the tasks it depends on. */
    void mise(String task, String wd, Set<String> out, int depth) {
        for (String name : MISE_FILES) {
            String file = PipelineFiles.join(wd, name);
            if (file != null && repo.exists(file)) {
                Map<String, MiseTask> tasks = miseTasks(repo.text(file).orElse(""));
                if (tasks.containsKey(task)) {
                    runMise(tasks, task, wd, out, depth, new java.util.HashSet<>());
                    return;
                }
            }
        }
    }

    private void runMise(Map<String, MiseTask> tasks, String name, String wd, Set<String> out, int depth, Set<String> seen) {
        MiseTask t = tasks.get(name);
        if (t == null || !seen.add(name)) {
            return;
        }
        t.depends().forEach(d -> runMise(tasks, d, wd, out, depth, seen));
        t.run().forEach(r -> resolver.resolve(r, wd, out, depth + 1));
    }

    record MiseTask(List<String> run, List<String> depends) {
    }

    /** The tasks of a mise.toml: {@code [tasks.name]} tables with {@code run} (a string, a multi-line string or an array) and {@code depends}. */
    static Map<String, MiseTask> miseTasks(String toml) {
        Map<String, MiseTask> out = new LinkedHashMap<>();
        String[] lines = toml.split("\\R", -1);
        String table = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher t = TABLE.matcher(lines[i]);
            if (t.matches()) {
                table = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
                out.put(table, new MiseTask(new ArrayList<>(), new ArrayList<>()));
                continue;
            }
            if (lines[i].strip().startsWith("[")) {
                table = null;
                continue;
            }
            Matcher k = KEY.matcher(lines[i]);
            if (table == null || !k.matches()) {
                continue;
            }
            StringBuilder value = new StringBuilder(k.group(2));
            String v = k.group(2).strip();
            String close = v.startsWith("\"\"\"") ? "\"\"\"" : v.startsWith("'''") ? "'''" : v.startsWith("[") ? "]" : null;
            while (close != null && i + 1 < lines.length && !closed(value.toString(), close)) {
                value.append('\n').append(lines[++i]);
            }
            List<String> values = values(value.toString().strip());
            if (k.group(1).equals("run")) {
                out.get(table).run().addAll(values);
            } else {
                out.get(table).depends().addAll(values);
            }
        }
        return out;
    }

    private static boolean closed(String value, String close) {
        String v = value.strip();
        return close.equals("]") ? v.endsWith("]") : v.length() > 3 && v.endsWith(close);
    }

    private static List<String> values(String v) {
        if (v.startsWith("\"\"\"") || v.startsWith("'''")) {
            return List.of(v.substring(3, Math.max(3, v.length() - 3)));
        }
        List<String> out = new ArrayList<>();
        Matcher q = QUOTED.matcher(v);
        while (q.find()) {
            out.add(q.group(1) != null ? q.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : q.group(2));
        }
        return out;
    }

    /** {@code task <name>}: the commands of the go-task task and of the tasks it calls or depends on. */
    void taskfile(String task, String wd, Set<String> out, int depth) {
        for (String name : TASKFILES) {
            String file = PipelineFiles.join(wd, name);
            if (file != null && repo.exists(file)) {
                try {
                    YamlNode tasks = SafeYaml.parse(repo.text(file).orElse("")).get("tasks");
                    runTask(tasks, task, wd, out, depth, new java.util.HashSet<>());
                } catch (YamlParseException e) {
                    // An unreadable Taskfile runs nothing we can see.
                }
                return;
            }
        }
    }

    private void runTask(YamlNode tasks, String name, String wd, Set<String> out, int depth, Set<String> seen) {
        YamlNode t = tasks.get(name);
        if (!seen.add(name) || t.isMissing()) {
            return;
        }
        t.text().ifPresent(cmd -> resolver.resolve(cmd, wd, out, depth + 1));
        for (YamlNode d : t.get("deps").items()) {
            runTask(tasks, d.text().orElse(d.get("task").textOr("")), wd, out, depth, seen);
        }
        for (YamlNode c : t.get("cmds").items()) {
            if (c.text().isPresent()) {
                resolver.resolve(c.text().get(), wd, out, depth + 1);
            } else if (c.has("task")) {
                runTask(tasks, c.get("task").textOr(""), wd, out, depth, seen);
            } else {
                c.get("cmd").text().ifPresent(cmd -> resolver.resolve(cmd, wd, out, depth + 1));
            }
        }
    }
}
