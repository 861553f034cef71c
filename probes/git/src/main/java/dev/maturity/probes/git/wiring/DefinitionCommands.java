package dev.maturity.probes.git.wiring;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Commands that run what a definition file defines: {@code dvc repro} (stages of dvc.yaml),
 * {@code mlflow run} (MLproject entry points), {@code make}/{@code just} (recipes),
 * {@code npm run} (package.json scripts) and {@code oaieval} (registry entries).
 */
final class DefinitionCommands {

    /** Resolves a block of shell to files, one level deeper. */
    @FunctionalInterface
    interface Resolver {
        void resolve(String block, String workdir, Set<String> out, int depth);
    }

    private final RepoSnapshot repo;
    private final List<RepoFile> files;
    private final Resolver resolver;
    private final Map<String, List<StageDefinition>> stages = new ConcurrentHashMap<>();

    DefinitionCommands(RepoSnapshot repo, List<RepoFile> files, Resolver resolver) {
        this.repo = repo;
        this.files = files;
        this.resolver = resolver;
    }

    /** {@code dvc repro [targets]}, {@code dvc exp run}: the commands of the named stages, or of all of them. */
    void dvc(List<String> w, String wd, Set<String> out, int depth) {
        String file = PipelineFiles.join(wd, "dvc.yaml");
        List<String> targets = new ArrayList<>();
        for (String t : w.subList(w.get(1).equalsIgnoreCase("exp") ? 3 : 2, w.size())) {
            if (t.startsWith("-")) {
                continue;
            }
            if (t.endsWith("dvc.yaml")) {
                file = PipelineFiles.join(wd, t);
            } else if (t.contains("dvc.yaml:")) {
                file = PipelineFiles.join(wd, t.substring(0, t.indexOf(':')));
                targets.add(t.substring(t.indexOf(':') + 1));
            } else {
                targets.add(t);
            }
        }
        if (file == null || !repo.exists(file)) {
            return;
        }
        out.add(file);
        List<StageDefinition> all = stages(file);
        boolean known = all.stream().map(StageDefinition::name).toList().containsAll(targets);
        for (StageDefinition s : all) {
            if (targets.isEmpty() || !known || targets.contains(s.name())) {
                s.commands().forEach(c -> resolver.resolve(c, s.workdir(), out, depth + 1));
            }
        }
    }

    /** {@code mlflow run <dir> [-e entry]}: the command of the entry point ({@code main} by default). */
    void mlflowRun(List<String> w, String wd, Set<String> out, int depth) {
        String uri = null;
        String entry = "main";
        for (int i = 2; i < w.size(); i++) {
            String t = w.get(i);
            if ((t.equals("-e") || t.equals("--entry-point")) && i + 1 < w.size()) {
                entry = w.get(++i);
            } else if (t.startsWith("--entry-point=")) {
                entry = t.substring("--entry-point=".length());
            } else if (t.startsWith("-")) {
                if (!t.contains("=") && i + 1 < w.size() && !w.get(i + 1).startsWith("-")) {
                    i++;
                }
            } else if (uri == null) {
                uri = t;
            }
        }
        String dir = uri == null ? null : PipelineFiles.join(wd, uri);
        String file = dir == null ? null : PipelineFiles.join(dir, "MLproject");
        if (file == null || !repo.exists(file)) {
            return;
        }
        out.add(file);
        for (StageDefinition s : stages(file)) {
            if (s.name().equals(entry)) {
                s.commands().forEach(c -> resolver.resolve(c, s.workdir(), out, depth + 1));
            }
        }
    }

    /** {@code make target}: the recipe lines of the target in the Makefile of the working directory. */
    void make(List<String> w, String wd, Set<String> out, int depth) {
        String file = PipelineFiles.join(wd, w.get(0).toLowerCase(Locale.ROOT).endsWith("just") ? "justfile" : "Makefile");
        if (file == null || !repo.exists(file)) {
            return;
        }
        String target = w.stream().skip(1).filter(t -> !t.startsWith("-") && !t.contains("=")).findFirst().orElse(null);
        String text = repo.text(file).orElse("");
        boolean in = false;
        boolean first = true;
        for (String line : text.split("\\R")) {
            boolean recipe = line.startsWith("\t") || (line.startsWith("    ") && file.endsWith("justfile"));
            if (!recipe && !line.isBlank()) {
                String head = line.split(":", 2)[0].strip();
                boolean isRule = line.contains(":") && !line.contains(":=") && !head.startsWith(".") && !head.startsWith("#");
                in = isRule && (target == null ? first : head.split("\\s+")[0].equals(target));
                first = first && !isRule;
            } else if (in && recipe) {
                resolver.resolve(line.strip().replaceFirst("^[@-]+", ""), wd, out, depth + 1);
            }
        }
    }

    /** {@code npm test}, {@code npm run eval}: the script of that name in the working directory's package.json. */
    void packageScript(String name, String wd, Set<String> out, int depth) {
        String file = PipelineFiles.join(wd, "package.json");
        if (name.isEmpty() || file == null || !repo.exists(file)) {
            return;
        }
        try {
            SafeYaml.parse(repo.text(file).orElse(""), repo.yamlBudget()).at("scripts", name).text()
                    .ifPresent(script -> resolver.resolve(script, wd, out, depth + 1));
        } catch (YamlParseException e) {
            // An unreadable package.json runs nothing we can see.
        }
    }

    /**
     * A job specification handed to a job runner ({@code anyscale job submit job.yaml}): its
     * {@code entrypoint} command, run from the working directory the command was started in.
     */
    void jobSpec(String file, String wd, Set<String> out, int depth) {
        try {
            SafeYaml.parse(repo.text(file).orElse("")).get("entrypoint").text()
                    .ifPresent(entry -> resolver.resolve(entry, wd, out, depth + 1));
        } catch (YamlParseException e) {
            // Not a job specification we can read: it runs nothing we can see.
        }
    }

    /** {@code oaieval <completion> <eval>}: the registry file that defines that eval. */
    void registryEval(String evalName, Set<String> out) {
        String key = evalName.split("\\.")[0];
        for (RepoFile f : files) {
            if (!f.path().contains("evals/registry/evals/") || !f.hasExtension(".yaml", ".yml")) {
                continue;
            }
            String text = repo.text(f.path()).orElse("");
            if (text.startsWith(key + ":") || text.contains("\n" + key + ":")) {
                out.add(f.path());
            }
        }
    }

    /** The stages of a pipeline file, read once; an unreadable file has none (its extractor reports it). */
    List<StageDefinition> stages(String file) {
        return stages.computeIfAbsent(file, f -> {
            try {
                return PipelineFiles.read(repo, f);
            } catch (YamlParseException e) {
                return List.of();
            }
        });
    }
}
