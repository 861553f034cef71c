package dev.maturity.probes.git.ci.gocd;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.JobBuilder;
import java.util.List;

/**
 * Reads a GoCD job's tasks: {@code exec} (command and arguments, in its working directory),
 * {@code script} (the script executor's short form) and script-executor {@code plugin} tasks; tasks
 * that run only after a failure ({@code run_if: failed}) are left out. A working directory under the
 * repository's material destination is taken relative to the checkout.
 */
final class GocdTasks {

    private GocdTasks() {
    }

    static void read(YamlNode tasks, String destination, JobBuilder job) {
        for (YamlNode task : tasks.items()) {
            if (task.isScalar()) {
                continue;
            }
            YamlNode body = task.entries().values().stream().findFirst().orElse(YamlNode.MISSING);
            if ("failed".equals(body.get("run_if").textOr(task.get("run_if").textOr("")))) {
                continue;
            }
            if (task.has("exec")) {
                YamlNode exec = task.get("exec");
                List<String> args = exec.get("arguments").texts();
                job.shell((exec.get("command").textOr("") + " " + String.join(" ", args)).strip(),
                        workdir(exec.get("working_directory").textOr(""), destination));
            } else if (task.get("script").isScalar()) {
                job.shell(intoCheckout(task.get("script").textOr(""), destination), workdir("", destination));
            } else if (task.has("plugin")) {
                YamlNode options = task.at("plugin", "options");
                String script = options.get("script").textOr(options.get("command").textOr(""));
                if (!script.isBlank()) {
                    job.shell(intoCheckout(script, destination), workdir("", destination));
                } else {
                    job.uses(task.at("plugin", "configuration", "id").textOr("plugin"), JobBuilder.scalars(options), "", false);
                }
            }
        }
    }

    /** A script with {@code cd DESTINATION} (entering the material's checkout) read as staying at the repository root. */
    static String intoCheckout(String script, String destination) {
        if (destination.isEmpty()) {
            return script;
        }
        return script.replaceAll("(?m)(^|&&|;)\\s*cd\\s+(\\./)?" + java.util.regex.Pattern.quote(destination) + "/?\\s*(?=$|&&|;)", "$1");
    }

    /** A task's directory relative to the checkout: GoCD runs tasks in the sandbox, where the material sits at its destination. */
    static String workdir(String dir, String destination) {
        String d = dir.strip().replaceFirst("^\\./", "");
        if (destination.isEmpty()) {
            return d;
        }
        if (d.equals(destination) || d.isEmpty()) {
            return "";
        }
        return d.startsWith(destination + "/") ? d.substring(destination.length() + 1) : d;
    }
}
