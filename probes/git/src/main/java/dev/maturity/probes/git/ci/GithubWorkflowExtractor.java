package dev.maturity.probes.git.ci;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.wiring.CommandWiring;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads GitHub Actions workflows ({@code .github/workflows/*.yml|yaml}) into {@link CiJob} facts:
 * triggers, needs, run lines, actions with their inputs, environment, and the files each job runs.
 * A reusable workflow ({@code workflow_call}) takes the triggers of the jobs that call it.
 */
public final class GithubWorkflowExtractor implements Extractor {

    private static final String DIR = ".github/workflows/";

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        CommandWiring wiring = new CommandWiring(repo);
        Map<String, List<CiJob>> byFile = new LinkedHashMap<>();
        for (RepoFile f : repo.files(f -> f.path().startsWith(DIR) && f.path().indexOf('/', DIR.length()) < 0
                && f.hasExtension(".yml", ".yaml"))) {
            try {
                YamlNode root = SafeYaml.parse(repo.text(f.path()).orElse(""));
                byFile.put(f.path(), jobs(repo, wiring, f.path(), root, new YamlSpan(repo.text(f.path()).orElse(""))));
            } catch (YamlParseException e) {
                sink.unreadable(f.path(), e.line(), e.getMessage());
            }
        }
        ReusableWorkflows.inheritCallerTriggers(byFile).values().forEach(l -> l.forEach(sink::fact));
    }

    private static List<CiJob> jobs(RepoSnapshot repo, CommandWiring wiring, String path, YamlNode root, YamlSpan span) {
        if (!root.isMapping()) {
            return List.of();
        }
        YamlNode on = root.has("on") ? root.get("on") : root.get("true");
        Set<Trigger> triggers = GithubTriggers.of(on);
        String name = root.get("name").textOr(path);
        String defaultDir = root.at("defaults", "run", "working-directory").textOr("");
        List<CiJob> out = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : root.get("jobs").entries().entrySet()) {
            YamlNode job = e.getValue();
            Set<Trigger> jt = GithubTriggers.narrow(triggers, job.get("if").text().orElse(null));
            String jobDir = job.at("defaults", "run", "working-directory").textOr(defaultDir);
            List<String> commands = new ArrayList<>();
            Set<String> runs = new LinkedHashSet<>();
            String uses = job.get("uses").text().orElse(null);
            if (uses != null) {
                commands.add("uses: " + uses + with(job.get("with")));
                String called = uses.startsWith("./") ? uses.substring(2).replaceFirst("@.*$", "") : null;
                if (called != null && repo.exists(called)) {
                    runs.add(called);
                }
            }
            for (YamlNode step : job.get("steps").items()) {
                step.get("run").text().ifPresent(run -> {
                    commands.add(run.strip());
                    String wd = step.get("working-directory").textOr(jobDir);
                    runs.addAll(wiring.resolve(run, wd.replaceFirst("^\\./", "")));
                });
                step.get("uses").text().ifPresent(u -> {
                    commands.add("uses: " + u + with(step.get("with")));
                    for (YamlNode v : step.get("with").entries().values()) {
                        v.text().ifPresent(t -> {
                            for (String token : t.split("[\\s,]+")) {
                                wiring.file(token, "").ifPresent(runs::add);
                            }
                        });
                    }
                });
            }
            String env = environment(job.get("environment"));
            boolean mayFail = job.get("continue-on-error").textOr("false").strip().equalsIgnoreCase("true");
            String detail = "GitHub Actions job '" + e.getKey() + "' on " + Trigger.describe(jt)
                    + (env == null ? "" : ", environment " + env);
            out.add(new CiJob(repo.name(), "github", path, name, e.getKey(), jt, job.get("needs").texts(), commands, env,
                    repo.evidence(path, span.start(job), span.end(job), Strength.WIRED, detail), List.copyOf(runs), mayFail));
        }
        return out;
    }

    static String environment(YamlNode env) {
        String name = env.isMapping() ? env.get("name").text().orElse(null) : env.text().orElse(null);
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** Action inputs as {@code key=value}, with values of secret-like keys masked. */
    private static String with(YamlNode with) {
        if (!with.isMapping() || with.entries().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        with.entries().forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            boolean secret = key.contains("key") || key.contains("token") || key.contains("secret") || key.contains("password");
            parts.add(k + "=" + (secret ? "***" : v.textOr("")));
        });
        return " with " + String.join(" ", parts);
    }

    static Set<Trigger> none() {
        return EnumSet.noneOf(Trigger.class);
    }
}
