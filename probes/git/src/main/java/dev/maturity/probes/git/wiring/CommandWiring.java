package dev.maturity.probes.git.wiring;

import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves shell commands to the repository files they run: script paths, {@code python -m}
 * modules, the tests a test runner collects, eval configs ({@code promptfoo eval -c}), DVC stages
 * behind {@code dvc repro}, MLflow Project entry points behind {@code mlflow run}, Makefile recipes,
 * mise and go-task tasks, the shell scripts a command runs, the entrypoint of a job specification
 * ({@code anyscale job submit}), and the Python modules all of those import. Static and bounded: nothing is executed.
 */
public final class CommandWiring {

    private static final int MAX_DEPTH = 4;
    private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*");
    private static final Set<String> WRAPPERS = Set.of("npx", "uvx", "pipx", "time", "sudo", "exec", "env", "xvfb-run", "bunx");
    private static final Set<String> RUN_WRAPPERS = Set.of("uv", "poetry", "pipenv", "pdm", "hatch", "rye", "conda", "micromamba");
    /** Commands whose file arguments are copied, shown, installed, deployed, linted or formatted, not run. */
    private static final Set<String> NOT_RUNNING = Set.of("git", "cp", "mv", "cat", "echo", "printf", "rm", "mkdir", "ls",
            "touch", "chmod", "chown", "tar", "zip", "unzip", "gzip", "curl", "wget", "head", "tail", "grep", "sed", "awk", "diff",
            "tee", "ln", "find", "xargs", "sort", "wc", "jq", "yq", "cml", "gsutil", "aws", "az", "gcloud", "docker", "kubectl",
            "helm", "pip", "pip3", "npm", "yarn", "pnpm", "apt-get", "apt", "brew", "conda", "mamba", "test", "[", "[[", "if",
            "then", "else", "fi", "for", "while", "do", "done", "sha256sum", "md5sum", "upload-artifact", "vl2svg",
            "black", "flake8", "ruff", "pylint", "mypy", "pyright", "bandit", "isort", "autopep8", "yapf", "pycodestyle",
            "pydocstyle", "pyflakes", "prettier", "eslint", "shellcheck", "hadolint", "yamllint", "codespell");
    private static final Set<String> PACKAGE_MANAGERS = Set.of("npm", "pnpm", "yarn", "bun");
    /** {@code pnpm dlx x}, {@code yarn dlx x}, {@code npm exec x}, {@code bun x x}: run a package's binary, like {@code npx}. */
    private static final Set<String> PACKAGE_RUNNERS = Set.of("dlx", "exec", "x");
    private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "dash", "source", ".");
    private static final Set<String> TEST_RUNNERS = Set.of("pytest", "py.test", "tox", "nox");

    private final RepoSnapshot repo;
    private final List<RepoFile> files;
    private final PythonImports imports;
    private final DefinitionCommands definitions;
    private final TaskRunners tasks;

    public CommandWiring(RepoSnapshot repo) {
        this.repo = repo;
        this.files = repo.files();
        this.imports = new PythonImports(repo);
        this.definitions = new DefinitionCommands(repo, files, this::resolve);
        this.tasks = new TaskRunners(repo, this::resolve);
    }

    /** Files run by a block of shell (one or more lines) started in {@code workdir} (repo-relative, "" for the root). */
    public Set<String> resolve(String block, String workdir) {
        Set<String> direct = new LinkedHashSet<>();
        resolve(block, workdir == null ? "" : workdir, direct, 0);
        return imports.closure(direct);
    }

    /** Files run by the commands of a pipeline stage. */
    Set<String> resolve(StageDefinition stage) {
        Set<String> out = new LinkedHashSet<>();
        stage.commands().forEach(c -> resolve(c, stage.workdir(), out, 1));
        return imports.closure(out);
    }

    private void resolve(String block, String workdir, Set<String> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String wd = workdir;
        for (String line : block.replaceAll("\\\\\\R", " ").split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            for (String segment : l.split("&&|\\|\\||;|\\|")) {
                List<String> words = words(segment);
                if (words.size() >= 2 && words.get(0).equals("cd")) {
                    String next = PipelineFiles.join(wd, words.get(1));
                    wd = next == null ? wd : next;
                    continue;
                }
                segment(words, wd, out, depth);
            }
        }
    }

    private void segment(List<String> raw, String wd, Set<String> out, int depth) {
        List<String> w = unwrap(raw);
        if (w.isEmpty() || depth > MAX_DEPTH) {
            return;
        }
        String prog = program(w.get(0));
        String module = null;
        if (prog.matches("python[0-9.]*") && w.size() >= 3 && w.get(1).equals("-m")) {
            module = w.get(2);
            prog = module;
            w = w.subList(2, w.size());
        }
        String sub = w.size() > 1 ? w.get(1).toLowerCase(Locale.ROOT) : "";
        String sub2 = w.size() > 2 ? w.get(2).toLowerCase(Locale.ROOT) : "";
        if (!NOT_RUNNING.contains(prog)) {
            for (String token : w) {
                file(token, wd).ifPresent(out::add);
            }
        }
        if (SHELLS.contains(prog) && w.size() >= 3 && w.get(1).equals("-c")) {
            segment(w.subList(2, w.size()), wd, out, depth + 1);
            return;
        }
        shellScript(SHELLS.contains(prog) ? w.stream().skip(1).filter(t -> !t.startsWith("-")).findFirst().orElse("") : w.get(0), wd)
                .ifPresent(script -> resolve(repo.text(script).orElse(""), wd, out, depth + 1));
        if (module != null && !module.equals("pytest") && !module.equals("unittest")) {
            pythonModule(module, wd).ifPresent(out::add);
        }
        if (TEST_RUNNERS.contains(prog) || prog.equals("unittest") || (prog.equals("deepeval") && sub.equals("test"))
                || (prog.equals("inspect") && sub.equals("eval"))) {
            tests(w, wd, out);
        } else if (prog.equals("promptfoo") && (sub.equals("eval") || sub.equals("redteam"))) {
            if (!hasFlag(w, "-c", "--config")) {
                firstExisting(wd, "promptfooconfig.yaml", "promptfooconfig.yml", sub.equals("redteam") ? "redteam.yaml" : "")
                        .ifPresent(out::add);
            }
        } else if (prog.equals("datacontract") && (sub.equals("test") || sub.equals("lint"))) {
            if (w.stream().skip(2).noneMatch(t -> t.endsWith(".yaml") || t.endsWith(".yml"))) {
                firstExisting(wd, "datacontract.yaml", "datacontract.yml").ifPresent(out::add);
            }
        } else if (prog.equals("dvc") && (sub.equals("repro") || (sub.equals("exp") && sub2.equals("run")))) {
            definitions.dvc(w, wd, out, depth);
        } else if (prog.equals("mlflow") && sub.equals("run")) {
            definitions.mlflowRun(w, wd, out, depth);
        } else if (prog.equals("make") || prog.equals("just")) {
            definitions.make(w, wd, out, depth);
        } else if (PACKAGE_MANAGERS.contains(prog) && !sub.isEmpty()) {
            definitions.packageScript(sub.equals("run") || sub.equals("run-script") ? sub2 : sub, wd, out, depth);
        } else if (prog.equals("oaieval") && w.size() >= 3) {
            definitions.registryEval(w.get(2), out);
        } else if (prog.equals("mise") && (sub.equals("run") || sub.equals("r")) && w.size() > 2) {
            tasks.mise(w.get(2), wd, out, depth);
        } else if ((prog.equals("task") || prog.equals("go-task")) && w.size() > 1) {
            w.stream().skip(1).filter(t -> !t.startsWith("-") && !t.contains("=")).forEach(t -> tasks.taskfile(t, wd, out, depth));
        } else if (w.contains("--") && (prog.equals("ray") || prog.equals("anyscale"))) {
            segment(w.subList(w.indexOf("--") + 1, w.size()), wd, out, depth + 1);
        }
        if (!NOT_RUNNING.contains(prog)) {
            for (String token : w.subList(1, w.size())) {
                file(token, wd).filter(f -> f.endsWith(".yaml") || f.endsWith(".yml"))
                        .ifPresent(spec -> definitions.jobSpec(spec, wd, out, depth));
            }
        }
    }

    /** A repository shell script the token names: a {@code .sh}/{@code .bash} file, or a file starting with a shell shebang. */
    private java.util.Optional<String> shellScript(String token, String wd) {
        return file(token, wd).filter(p -> p.endsWith(".sh") || p.endsWith(".bash")
                || repo.text(p).map(t -> t.startsWith("#!") && t.lines().findFirst().orElse("").matches("#!.*\\b(ba|z|da)?sh\\b.*"))
                        .orElse(false));
    }

    private static List<String> words(String segment) {
        List<String> out = new ArrayList<>();
        for (String t : segment.strip().split("\\s+")) {
            String s = t.replaceAll("^[\"'(]+|[\"')]+$", "");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Drops env assignments and wrappers such as {@code npx}, {@code uv run}, {@code poetry run}. */
    private static List<String> unwrap(List<String> words) {
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            String p = program(w);
            if (ASSIGNMENT.matcher(w).matches() || WRAPPERS.contains(p) || (w.startsWith("-") && i > 0)) {
                i++;
            } else if (RUN_WRAPPERS.contains(p) && i + 1 < words.size() && words.get(i + 1).equals("run")) {
                i += 2;
            } else if (PACKAGE_MANAGERS.contains(p) && i + 1 < words.size() && PACKAGE_RUNNERS.contains(words.get(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        List<String> rest = new ArrayList<>(words.subList(i, words.size()));
        if (!rest.isEmpty()) {
            rest.set(0, rest.get(0).replaceFirst("@[^/]*$", ""));
        }
        return rest;
    }

    private static String program(String word) {
        String p = word.toLowerCase(Locale.ROOT);
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    private static boolean hasFlag(List<String> w, String... flags) {
        return w.stream().anyMatch(t -> {
            for (String f : flags) {
                if (t.equals(f) || t.startsWith(f + "=")) {
                    return true;
                }
            }
            return false;
        });
    }

    /** A token that names an existing file, relative to the working directory (or the root). */
    public java.util.Optional<String> file(String token, String wd) {
        String t = token.replaceFirst("^file://", "");
        int eq = t.indexOf('=');
        if (t.startsWith("-") && eq > 0) {
            t = t.substring(eq + 1);
        }
        t = t.replaceFirst("::.*$", "").replaceAll("[,;:]+$", "");
        if (t.isEmpty() || t.startsWith("-") || t.contains("$") || t.contains("*")) {
            return java.util.Optional.empty();
        }
        for (String base : wd.isEmpty() ? new String[] {""} : new String[] {wd, ""}) {
            String p = PipelineFiles.join(base, t);
            if (p != null && repo.exists(p)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    private java.util.Optional<String> pythonModule(String module, String wd) {
        String base = module.replace('.', '/');
        for (String root : new String[] {wd, "", "src"}) {
            for (String cand : new String[] {base + ".py", base + "/__main__.py", base + "/__init__.py"}) {
                String p = PipelineFiles.join(root, cand);
                if (p != null && repo.exists(p)) {
                    return java.util.Optional.of(p);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private java.util.Optional<String> firstExisting(String wd, String... names) {
        for (String n : names) {
            if (!n.isEmpty()) {
                String p = PipelineFiles.join(wd, n);
                if (p != null && repo.exists(p)) {
                    return java.util.Optional.of(p);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Test files a runner collects: those under the directories named, or under the working directory when none is. */
    private void tests(List<String> w, String wd, Set<String> out) {
        List<String> dirs = new ArrayList<>();
        boolean named = false;
        for (String t : w.subList(1, w.size())) {
            if (t.startsWith("-")) {
                continue;
            }
            String p = PipelineFiles.join(wd, t.replaceFirst("::.*$", ""));
            if (p != null && repo.exists(p)) {
                named = true;
            } else if (p != null && !p.isEmpty() && files.stream().anyMatch(f -> f.path().startsWith(p + "/"))) {
                dirs.add(p);
                named = true;
            }
        }
        if (!named) {
            dirs.add(wd);
        }
        for (String d : dirs) {
            String prefix = d.isEmpty() ? "" : d + "/";
            for (RepoFile f : files) {
                if (f.path().startsWith(prefix) && TestFiles.isTest(f.path())) {
                    out.add(f.path());
                    String conftest = prefix + "conftest.py";
                    if (repo.exists(conftest)) {
                        out.add(conftest);
                    }
                }
            }
        }
    }
}
