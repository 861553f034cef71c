package dev.maturity.probes.git.ci;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.wiring.CommandWiring;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the steps of a GitHub Actions job into commands and the files they run: {@code run:} blocks
 * (prefixed with {@code cd <dir> &&} when the step sets a {@code working-directory}; expanded over {@code strategy.matrix} values they use), actions with their inputs, and local
 * composite actions ({@code uses: ./path}), whose own steps run in the job.
 */
final class GithubSteps {

    private static final int MAX_DEPTH = 3;
    private static final int MAX_MATRIX_VALUES = 32;
    private static final Pattern MATRIX = Pattern.compile("\\$\\{\\{\\s*matrix\\.([\\w-]+)\\s*}}");

    private final RepoSnapshot repo;
    private final CommandWiring wiring;
    /** Local composite actions, read once however many steps use them. */
    private final Map<String, YamlNode> actions = new java.util.HashMap<>();

    GithubSteps(RepoSnapshot repo, CommandWiring wiring) {
        this.repo = repo;
        this.wiring = wiring;
    }

    /** The scalar lists of a job's {@code strategy.matrix}, by key. */
    static Map<String, List<String>> matrix(YamlNode job) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        job.at("strategy", "matrix").entries().forEach((k, v) -> {
            if (v.isSequence() && !k.equals("include") && !k.equals("exclude")) {
                out.put(k, v.texts().stream().limit(MAX_MATRIX_VALUES).toList());
            }
        });
        return out;
    }

    /** The files a job runs, and those of them whose failure fails the job. */
    record Runs(Set<String> all, Set<String> failing) {
    }

    void read(YamlNode steps, String jobDir, Map<String, List<String>> matrix, List<String> commands, Runs runs) {
        read(steps, jobDir, matrix, commands, runs, 0);
    }

    private void read(YamlNode steps, String jobDir, Map<String, List<String>> matrix, List<String> commands, Runs runs,
                      int depth) {
        for (YamlNode step : steps.items()) {
            boolean tolerated = step.get("continue-on-error").textOr("false").strip().equalsIgnoreCase("true");
            step.get("run").text().ifPresent(run -> {
                String wd = step.get("working-directory").textOr(jobDir).replaceFirst("^\\./", "");
                commands.add(wd.isEmpty() || wd.equals(".") || wd.contains("${{") ? run.strip() : "cd " + wd + " && " + run.strip());
                for (String expanded : expand(run, matrix)) {
                    runs.all().addAll(wiring.resolve(FailureTolerance.live(expanded), wd));
                    if (!tolerated) {
                        runs.failing().addAll(wiring.resolve(FailureTolerance.failing(expanded), wd));
                    }
                }
            });
            step.get("uses").text().ifPresent(u -> {
                commands.add("uses: " + u + with(step.get("with")));
                for (YamlNode v : step.get("with").entries().values()) {
                    v.text().ifPresent(t -> {
                        for (String value : expand(t, matrix)) {
                            for (String token : value.split("[\\s,]+")) {
                                wiring.file(token, "").ifPresent(p -> {
                                    runs.all().add(p);
                                    if (!tolerated) {
                                        runs.failing().add(p);
                                    }
                                });
                            }
                        }
                    });
                }
                if (u.startsWith("./") && depth < MAX_DEPTH) {
                    composite(u.substring(2).replaceFirst("/$", ""), matrix, commands, tolerated ? new Runs(runs.all(), new HashSet<>()) : runs, depth);
                }
            });
        }
    }

    /** A local composite action: its {@code action.yml} runs its steps in the job. */
    private void composite(String dir, Map<String, List<String>> matrix, List<String> commands, Runs runs, int depth) {
        for (String name : List.of("action.yml", "action.yaml")) {
            String path = dir.isEmpty() ? name : dir + "/" + name;
            if (!repo.exists(path)) {
                continue;
            }
            runs.all().add(path);
            YamlNode action = actions.computeIfAbsent(path, p -> {
                try {
                    return SafeYaml.parse(repo.text(p).orElse(""), repo.yamlBudget());
                } catch (YamlParseException e) {
                    return YamlNode.MISSING; // the action file is reported by nobody else; an unparseable action adds no commands
                }
            });
            if ("composite".equals(action.at("runs", "using").textOr(""))) {
                read(action.at("runs", "steps"), "", matrix, commands, runs, depth + 1);
            }
            return;
        }
    }

    /** The text once per value of the first matrix key it uses, or as it is. */
    static List<String> expand(String text, Map<String, List<String>> matrix) {
        Matcher m = MATRIX.matcher(text);
        while (m.find()) {
            List<String> values = matrix.get(m.group(1));
            if (values != null && !values.isEmpty()) {
                List<String> out = new ArrayList<>();
                for (String v : values) {
                    out.add(text.replace(m.group(), v));
                }
                return out;
            }
        }
        return List.of(text);
    }

    /** Action inputs as {@code key=value}, with values of secret-like keys masked. */
    static String with(YamlNode with) {
        return with.isMapping() ? JobBuilder.with(JobBuilder.scalars(with)) : "";
    }
}
