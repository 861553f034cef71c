package dev.maturity.probes.git.ci;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code .gitlab-ci.yml} (and the local files it includes) into {@link CiJob} facts. Jobs are
 * the top-level mappings with a {@code script}; hidden ones ({@code .name}) are templates for
 * {@code extends}. A job without {@code needs:} needs every job of the earlier stages.
 */
public final class GitlabCiExtractor implements Extractor, CiReader {

    static final String FILE = ".gitlab-ci.yml";
    private static final Set<String> RESERVED = Set.of("stages", "variables", "default", "include", "workflow", "image",
            "services", "before_script", "after_script", "cache", "spec");
    private static final List<String> DEFAULT_STAGES = List.of(".pre", "build", "test", "deploy", ".post");

    /** A top-level entry and the file it was read from. */
    record Entry(String file, YamlNode node, YamlSpan span) {
    }

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        CiContext ctx = new CiContext(repo, sink);
        read(ctx, ctx.files(CiSystem.GITLAB));
    }

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        RepoSnapshot repo = ctx.repo();
        if (!repo.exists(FILE)) {
            return;
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        YamlNode root = read(ctx, FILE, entries, seen, 0);
        if (root == null) {
            return;
        }
        List<String> stages = root.get("stages").hasContent() ? root.get("stages").texts() : DEFAULT_STAGES;
        Set<Trigger> workflow = GitlabRules.workflow(root.get("workflow"));
        YamlNode defaults = root.get("default");
        Map<String, Map<String, YamlNode>> jobs = new LinkedHashMap<>();
        Map<String, Map<String, YamlNode>> resolved = new java.util.HashMap<>();
        entries.forEach((name, entry) -> {
            if (!name.startsWith(".") && !RESERVED.contains(name) && entry.node().isMapping()) {
                Map<String, YamlNode> job = resolved(name, entries, resolved, 0);
                if (job.containsKey("script") || job.containsKey("trigger")) {
                    jobs.put(name, job);
                }
            }
        });
        if (jobs.size() > CiJob.MAX_JOBS_PER_FILE) {
            ctx.unreadable(CiSystem.GITLAB, FILE, 1, "more than " + CiJob.MAX_JOBS_PER_FILE + " jobs (" + jobs.size() + ")");
            return;
        }
        for (Map.Entry<String, Map<String, YamlNode>> e : jobs.entrySet()) {
            Map<String, YamlNode> job = e.getValue();
            Entry where = entries.get(e.getKey());
            Set<Trigger> triggers = GitlabRules.job(job, workflow);
            JobBuilder b = ctx.job(CiSystem.GITLAB, where.file(), FILE, e.getKey()).triggers(triggers)
                    .lines(where.span().start(where.node()), where.span().end(where.node()));
            // before_script and script run in one shell (a cd carries over); after_script in a fresh one, whatever the result.
            List<String> shell = new ArrayList<>(lines(block("before_script", job, defaults, root), entries, 0));
            shell.addAll(lines(block("script", job, defaults, root), entries, 0));
            b.script(shell, "", false);
            b.script(lines(block("after_script", job, defaults, root), entries, 0), "", true);
            String when = job.getOrDefault("when", YamlNode.MISSING).textOr("on_success").strip();
            if (!when.equals("always") && !when.equals("on_failure")) {
                b.needs(needs(e.getKey(), job, jobs, stages));
            }
            YamlNode allow = job.getOrDefault("allow_failure", YamlNode.MISSING);
            b.environment(GithubWorkflowExtractor.environment(job.getOrDefault("environment", YamlNode.MISSING)))
                    .mayFail(allow.isMapping() || allow.textOr("false").strip().equals("true"))
                    .secrets(job.getOrDefault("secrets", YamlNode.MISSING).entries().keySet())
                    .emit();
        }
    }

    private static YamlNode block(String key, Map<String, YamlNode> job, YamlNode defaults, YamlNode root) {
        return job.containsKey(key) ? job.get(key) : defaults.has(key) ? defaults.get(key) : root.get(key);
    }

    private static YamlNode read(CiContext ctx, String path, Map<String, Entry> entries, Set<String> seen, int depth) {
        if (depth > 3 || !seen.add(path)) {
            return null;
        }
        RepoSnapshot repo = ctx.repo();
        YamlNode root;
        try {
            root = SafeYaml.parse(repo.text(path).orElse(""), repo.yamlBudget());
        } catch (YamlParseException e) {
            ctx.unreadable(CiSystem.GITLAB, path, e.line(), e.getMessage());
            return null;
        }
        ctx.read(CiSystem.GITLAB, path);
        for (YamlNode inc : root.get("include").items()) {
            String local = inc.isMapping() ? inc.get("local").text().orElse(null) : inc.text().orElse(null);
            if (local != null && !local.contains("*") && !local.contains("$") && !local.startsWith("http")) {
                String p = local.replaceFirst("^/", "");
                if (repo.exists(p)) {
                    read(ctx, p, entries, seen, depth + 1);
                }
            }
        }
        YamlSpan span = new YamlSpan(repo.text(path).orElse(""));
        root.entries().forEach((k, v) -> entries.put(k, new Entry(path, v, span)));
        return root;
    }

    /** Script lines one job may expand to through {@code !reference}s; past this the rest is left out. */
    private static final int MAX_SCRIPT_LINES = 10_000;

    /** Script lines, with {@code !reference [.template, key]} items replaced by the lines they point to. */
    private static List<String> lines(YamlNode block, Map<String, Entry> entries, int depth) {
        List<String> out = new ArrayList<>();
        lines(block, entries, depth, out);
        return out;
    }

    private static void lines(YamlNode block, Map<String, Entry> entries, int depth, List<String> out) {
        for (YamlNode item : block.items()) {
            if (out.size() >= MAX_SCRIPT_LINES) {
                return;
            }
            if (item.isScalar()) {
                out.add(item.textOr(""));
            } else if (item.isSequence() && depth < 3) {
                List<String> ref = item.texts();
                Entry target = ref.isEmpty() ? null : entries.get(ref.get(0));
                if (target != null && ref.size() >= 2) {
                    YamlNode n = target.node();
                    for (String key : ref.subList(1, ref.size())) {
                        n = n.get(key);
                    }
                    lines(n, entries, depth + 1, out);
                }
            }
        }
    }

    /**
     * The job's keys with those of the templates it extends (its own keys win), at most 11 levels deep
     * as GitLab allows. Each template is resolved once and remembered (unless cut at that depth), so a
     * diamond of {@code extends} costs its edges, not its paths.
     */
    /** Marks a template being resolved in the memo (a key no YAML key can clash with: it holds a NUL). */
    private static final String RESOLVING = "\u0000resolving:";

    private static Map<String, YamlNode> resolved(String name, Map<String, Entry> entries,
                                                  Map<String, Map<String, YamlNode>> memo, int depth) {
        Map<String, YamlNode> known = memo.get(name);
        if (known != null) {
            return known;
        }
        Entry e = entries.get(name);
        Map<String, YamlNode> out = new LinkedHashMap<>();
        if (e == null) {
            memo.put(name, out); // no such template: nothing to inherit, remembered like any other
            return out;
        }
        if (depth > 10 || memo.containsKey(RESOLVING + name)) {
            return out; // too deep, or a cycle (GitLab refuses both)
        }
        memo.put(RESOLVING + name, out);
        boolean whole = depth + 1 <= 10 || e.node().get("extends").texts().isEmpty();
        for (String parent : e.node().get("extends").texts()) {
            Map<String, YamlNode> p = resolved(parent, entries, memo, depth + 1);
            whole &= memo.get(parent) == p;
            out.putAll(p);
        }
        out.putAll(e.node().entries());
        out.remove("extends");
        memo.remove(RESOLVING + name);
        if (whole) {
            memo.put(name, out);
        }
        return out;
    }

    private static List<String> needs(String name, Map<String, YamlNode> job, Map<String, Map<String, YamlNode>> jobs,
                                      List<String> stages) {
        if (job.containsKey("needs")) {
            List<String> out = new ArrayList<>();
            for (YamlNode n : job.get("needs").items()) {
                (n.isMapping() ? n.get("job") : n).text().ifPresent(out::add);
            }
            return out;
        }
        int mine = stages.indexOf(stage(job));
        List<String> out = new ArrayList<>();
        jobs.forEach((other, o) -> {
            int theirs = stages.indexOf(stage(o));
            if (!other.equals(name) && theirs >= 0 && mine >= 0 && theirs < mine) {
                out.add(other);
            }
        });
        return out;
    }

    private static String stage(Map<String, YamlNode> job) {
        return job.getOrDefault("stage", YamlNode.MISSING).textOr("test");
    }
}
