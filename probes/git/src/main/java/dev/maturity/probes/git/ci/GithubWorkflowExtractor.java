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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads GitHub Actions workflows ({@code .github/workflows/*.yml|yaml}) into {@link CiJob} facts:
 * triggers, needs, run lines, actions with their inputs, environment, and the files each job runs.
 * A reusable workflow ({@code workflow_call}) takes the triggers of the jobs that call it.
 */
public final class GithubWorkflowExtractor implements Extractor, CiReader {

    /** Conditions under which a job runs whatever became of the jobs it needs: those needs order it, they do not gate it. */
    private static final Pattern UNGATED = Pattern.compile("\\b(always|failure|cancelled)\\(\\)");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        CiContext ctx = new CiContext(repo, sink);
        read(ctx, ctx.files(CiSystem.GITHUB));
    }

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        RepoSnapshot repo = ctx.repo();
        GithubSteps steps = new GithubSteps(repo, ctx.wiring());
        Map<String, List<CiJob>> byFile = new LinkedHashMap<>();
        for (RepoFile f : files) {
            String text = repo.text(f.path()).orElse("");
            try {
                YamlNode root = SafeYaml.parse(text, repo.yamlBudget());
                int count = root.get("jobs").entries().size();
                if (count > CiJob.MAX_JOBS_PER_FILE) {
                    ctx.unreadable(CiSystem.GITHUB, f.path(), root.get("jobs").line(), "more than " + CiJob.MAX_JOBS_PER_FILE
                            + " jobs (" + count + ")");
                    continue;
                }
                byFile.put(f.path(), jobs(repo, steps, ctx.wiring(), f.path(), root, new YamlSpan(text)));
                ctx.read(CiSystem.GITHUB, f.path());
            } catch (YamlParseException e) {
                ctx.unreadable(CiSystem.GITHUB, f.path(), e.line(), e.getMessage());
            }
        }
        ReusableWorkflows.inheritCallerTriggers(byFile).values().forEach(l -> l.forEach(ctx::emit));
    }

    private static List<CiJob> jobs(RepoSnapshot repo, GithubSteps steps, CommandWiring wiring, String path, YamlNode root,
                                    YamlSpan span) {
        if (!root.isMapping()) {
            return List.of();
        }
        YamlNode on = root.has("on") ? root.get("on") : root.get("true");
        BranchLines lines = BranchLines.of(repo);
        Set<Trigger> triggers = GithubTriggers.of(on, lines);
        String branches = GithubTriggers.dormantBranches(on, lines);
        String name = root.get("name").textOr(path);
        String defaultDir = root.at("defaults", "run", "working-directory").textOr("");
        List<CiJob> out = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : root.get("jobs").entries().entrySet()) {
            YamlNode job = e.getValue();
            String condition = job.get("if").textOr("");
            Set<Trigger> jt = GithubTriggers.narrow(triggers, condition.isEmpty() ? null : condition);
            String jobDir = job.at("defaults", "run", "working-directory").textOr(defaultDir);
            List<String> commands = new ArrayList<>();
            Set<String> runs = new LinkedHashSet<>();
            Set<String> failing = new LinkedHashSet<>();
            String uses = job.get("uses").text().orElse(null);
            if (uses != null) {
                commands.add("uses: " + uses + GithubSteps.with(job.get("with")));
                String called = uses.startsWith("./") ? uses.substring(2).replaceFirst("@.*$", "") : null;
                if (called != null && repo.exists(called)) {
                    runs.add(called);
                    failing.add(called);
                }
            }
            steps.read(job.get("steps"), jobDir, GithubSteps.matrix(job), commands, new GithubSteps.Runs(runs, failing));
            String env = environment(job.get("environment"));
            boolean mayFail = job.get("continue-on-error").textOr("false").strip().equalsIgnoreCase("true")
                    || !runs.isEmpty() && failing.isEmpty();
            String detail = "GitHub Actions job '" + e.getKey() + "' on " + Trigger.describe(jt) + branches + pathFilters(on)
                    + (env == null ? "" : ", environment " + env) + (mayFail ? ", allowed to fail" : "");
            List<String> needs = new ArrayList<>(UNGATED.matcher(condition).find() ? List.of() : job.get("needs").texts());
            needs.addAll(afterWorkflows(on, condition));
            Set<String> secrets = new TreeSet<>();
            Secrets.names(job, Secrets.GITHUB, secrets);
            out.add(new CiJob(repo.name(), CiSystem.GITHUB.id(), path, name, e.getKey(), jt, needs, commands, env,
                    repo.evidence(path, span.start(job), span.end(job), Strength.WIRED, detail), List.copyOf(runs), mayFail,
                    List.copyOf(secrets)));
        }
        return out;
    }

    /**
     * A job of a {@code workflow_run} workflow that runs only when the workflows it follows succeeded
     * needs them: {@code workflow:<name>} for each, as {@link CiJob#needs()} entries.
     */
    private static List<String> afterWorkflows(YamlNode on, String condition) {
        if (!on.isMapping() || !on.has("workflow_run")
                || !condition.replaceAll("\\s+", "").matches(".*workflow_run\\.conclusion==['\"]success['\"].*")) {
            return List.of();
        }
        return on.at("workflow_run", "workflows").texts().stream().map(w -> CiJob.WORKFLOW_NEED + w).toList();
    }

    /** Path filters of change events, which narrow "every change" to changes of those paths. */
    private static String pathFilters(YamlNode on) {
        List<String> paths = new ArrayList<>();
        for (String event : List.of("pull_request", "pull_request_target", "push")) {
            paths.addAll(on.at(event, "paths").texts());
            on.at(event, "paths-ignore").texts().forEach(p -> paths.add("!" + p));
        }
        return paths.isEmpty() ? "" : " (only when " + String.join(", ", paths.stream().distinct().limit(5).toList()) + " change)";
    }

    static String environment(YamlNode env) {
        String name = env.isMapping() ? env.get("name").text().orElse(null) : env.text().orElse(null);
        return name == null || name.isBlank() ? null : name.strip();
    }
}
