package dev.maturity.probes.git.ci.circleci;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.JobBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads CircleCI steps: {@code run} (string or mapping with {@code command} and
 * {@code working_directory}; {@code when: on_fail} steps run only after a failure), reusable
 * {@code commands} of the configuration (parameters substituted), {@code when}/{@code unless} step
 * groups, and orb commands ({@code orb/command}), shown as {@code uses:} with their parameters; an
 * orb parameter that is a command line ({@code cmd}, {@code command}, {@code script}) runs.
 */
final class CircleSteps {

    private static final int MAX_DEPTH = 4;
    private static final Set<String> COMMAND_PARAMS = Set.of("cmd", "command", "script", "run");

    private final YamlNode commands;

    CircleSteps(YamlNode commands) {
        this.commands = commands;
    }

    void read(YamlNode steps, String workdir, Map<String, String> params, JobBuilder job, int depth) {
        for (YamlNode step : steps.items()) {
            if (step.isScalar()) {
                call(step.textOr(""), YamlNode.MISSING, workdir, params, job, depth);
                continue;
            }
            for (Map.Entry<String, YamlNode> e : step.entries().entrySet()) {
                YamlNode v = e.getValue();
                switch (e.getKey()) {
                    case "run" -> run(v, workdir, params, job);
                    case "when", "unless" -> read(v.get("steps"), workdir, params, job, depth + 1);
                    default -> call(e.getKey(), v, workdir, params, job, depth);
                }
            }
        }
    }

    private static void run(YamlNode run, String workdir, Map<String, String> params, JobBuilder job) {
        if (run.isScalar()) {
            job.shell(substitute(run.textOr(""), params), workdir);
            return;
        }
        if ("on_fail".equals(run.get("when").textOr(""))) {
            return;
        }
        String wd = CircleCiReader.workdir(run.get("working_directory").textOr(workdir));
        job.shell(substitute(run.get("command").textOr(""), params), wd);
    }

    /** A step naming a reusable command of the configuration, a built-in, or an orb command. */
    private void call(String name, YamlNode args, String workdir, Map<String, String> params, JobBuilder job, int depth) {
        if (name.equals("checkout") || name.startsWith("setup_remote_docker") || name.equals("persist_to_workspace")
                || name.equals("attach_workspace") || name.startsWith("save_cache") || name.startsWith("restore_cache")
                || name.startsWith("store_")) {
            return;
        }
        Map<String, String> given = new LinkedHashMap<>();
        JobBuilder.scalars(args).forEach((k, v) -> given.put(k, substitute(v, params)));
        YamlNode local = commands.get(name);
        if (local.isMapping() && depth < MAX_DEPTH) {
            read(local.get("steps"), workdir, withDefaults(local.get("parameters"), given), job, depth + 1);
            return;
        }
        job.uses(name, given, workdir, false);
        given.forEach((k, v) -> {
            if (COMMAND_PARAMS.contains(k)) {
                job.shell(v, workdir);
            }
        });
    }

    /** Parameter values given, else their declared defaults. */
    static Map<String, String> withDefaults(YamlNode declared, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        declared.entries().forEach((k, v) -> v.get("default").text().ifPresent(d -> out.put(k, d)));
        out.putAll(given);
        return out;
    }

    /** {@code << parameters.name >>} replaced by the value given. */
    static String substitute(String text, Map<String, String> params) {
        String out = text;
        for (Map.Entry<String, String> p : params.entrySet()) {
            out = out.replaceAll("<<\\s*parameters\\." + java.util.regex.Pattern.quote(p.getKey()) + "\\s*>>",
                    java.util.regex.Matcher.quoteReplacement(p.getValue()));
        }
        return out;
    }
}
