package dev.maturity.probes.git.ci.azure;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Secrets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads Azure Pipelines steps: {@code script}, {@code bash}, {@code pwsh}, {@code powershell}; tasks
 * ({@code task: Name@N}) whose inline script or script path runs, others as {@code uses:} with their
 * inputs; step templates of the repository; {@code continueOnError} steps as tolerated; secrets mapped
 * into {@code env} as {@code $(NAME)}.
 */
final class AzureSteps {

    private static final List<String> SHELLS = List.of("script", "bash", "pwsh", "powershell");
    private static final Pattern MACRO = Pattern.compile("\\$\\(([A-Za-z_]\\w*)\\)");
    private static final Pattern SOURCES = Pattern.compile("^\\$\\((Build\\.SourcesDirectory|System\\.DefaultWorkingDirectory|Pipeline\\.Workspace)\\)/?");

    private final AzureTemplates templates;

    AzureSteps(AzureTemplates templates) {
        this.templates = templates;
    }

    void read(YamlNode steps, String file, JobBuilder job, int depth) {
        for (YamlNode step : steps.items()) {
            boolean tolerated = step.get("continueOnError").textOr("false").strip().equals("true");
            String wd = workdir(step.get("workingDirectory").textOr(step.at("inputs", "workingDirectory").textOr("")));
            for (String shell : SHELLS) {
                step.get(shell).text().ifPresent(s -> job.shell(s, wd, tolerated));
            }
            step.get("task").text().ifPresent(task -> task(task, step.get("inputs"), wd, tolerated, job));
            step.get("template").text().ifPresent(ref -> {
                var path = AzureTemplates.resolve(file, ref);
                var loaded = path.flatMap(templates::load);
                if (loaded.isPresent() && depth < AzureTemplates.MAX_DEPTH) {
                    read(loaded.get().root().get("steps"), loaded.get().path(), job, depth + 1);
                } else {
                    job.command("uses: template " + ref);
                }
            });
            Set<String> secrets = new TreeSet<>();
            step.get("env").entries().values().forEach(v -> v.text().ifPresent(t -> Secrets.names(t, MACRO, secrets)));
            step.at("inputs", "SecretsFilter").text().ifPresent(f -> secrets.addAll(List.of(f.split("\\s*,\\s*"))));
            secrets.remove("*");
            job.secrets(secrets);
        }
    }

    private static void task(String task, YamlNode inputs, String wd, boolean tolerated, JobBuilder job) {
        Map<String, String> in = JobBuilder.scalars(inputs);
        String inline = first(in, "inlineScript", "script", "Inline", "inline");
        String path = first(in, "scriptPath", "filePath", "ScriptPath", "FilePath");
        if (inline != null) {
            job.shell(inline, wd, tolerated);
        } else if (path != null) {
            String args = first(in, "arguments", "Arguments", "scriptArguments");
            job.shell(workdir(path) + (args == null ? "" : " " + args), wd, tolerated);
        } else {
            job.uses(task, in, wd, tolerated);
        }
    }

    private static String first(Map<String, String> in, String... keys) {
        for (String k : keys) {
            String v = in.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** A working directory inside the checkout, repository-relative. */
    static String workdir(String dir) {
        return SOURCES.matcher(dir.strip()).replaceFirst("");
    }
}
