package dev.maturity.probes.git.ci.buildkite;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import dev.maturity.probes.git.wiring.PipelineFiles;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads Buildkite pipelines: {@code .buildkite/pipeline.yml} (or {@code .yaml}, {@code .json},
 * {@code buildkite.yml} at the root) and the other pipeline files of {@code .buildkite/}, each run on
 * the pushes and pull requests Buildkite builds by default; a file another step uploads runs when
 * that step does. A pipeline generated at run time ({@code pipeline.sh | buildkite-agent pipeline
 * upload}) is reported as not interpreted.
 */
public final class BuildkiteReader implements CiReader {

    private static final java.util.regex.Pattern UPLOAD_TARGET = java.util.regex.Pattern.compile(
            "pipeline\\s+upload\\s+(?:\\./)?([\\w./-]+\\.(?:ya?ml|json))");
    private static final Set<Trigger> WEBHOOK = EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST, Trigger.MANUAL);

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        List<RepoFile> yaml = files.stream().filter(f -> f.name().matches(".*\\.(ya?ml|json)")).toList();
        Set<String> read = new HashSet<>();
        Deque<BuildkitePipeline.Upload> uploaded = new ArrayDeque<>();
        Set<String> generated = new HashSet<>();
        Set<String> uploadedFiles = uploadTargets(ctx, yaml);
        for (RepoFile f : yaml) {
            if (!uploadedFiles.contains(f.path())) {
                pipeline(ctx, f.path(), universe(ctx.repo().text(f.path()).orElse("")), List.of(), read, uploaded, generated);
            }
        }
        while (!uploaded.isEmpty() && read.size() < 64) {
            BuildkitePipeline.Upload u = uploaded.pop();
            pipeline(ctx, u.file(), u.triggers(), List.of(u.after()), read, uploaded, generated);
        }
        if (read.isEmpty() && !files.isEmpty()) {
            ctx.notInterpreted(CiSystem.BUILDKITE, files.get(0).path(), 0, "no pipeline file, the pipeline is generated at run time");
        }
        generated.forEach(cmd -> ctx.notInterpreted(CiSystem.BUILDKITE, files.get(0).path(), 0,
                "a step uploads a pipeline generated at run time (" + cmd + ")"));
    }

    /** Pushes and pull requests; schedules and tags too where steps are conditioned on them (both are set up outside the file). */
    private static Set<Trigger> universe(String text) {
        Set<Trigger> u = EnumSet.copyOf(WEBHOOK);
        if (text.matches("(?s).*build\\.source\\s*[!=]=\\s*[\"']schedule.*")) {
            u.add(Trigger.SCHEDULE);
        }
        if (text.contains("build.tag")) {
            u.add(Trigger.TAG);
        }
        return u;
    }

    private static void pipeline(CiContext ctx, String path, Set<Trigger> triggers, List<String> after, Set<String> read,
                                 Deque<BuildkitePipeline.Upload> uploaded, Set<String> generated) {
        if (!read.add(path)) {
            return;
        }
        String text = ctx.repo().text(path).orElse("");
        java.util.Optional<YamlNode> parsed = ctx.parse(CiSystem.BUILDKITE, path, text);
        if (parsed.isEmpty()) {
            return;
        }
        YamlNode root = parsed.get();
        YamlNode steps = root.isSequence() ? root : root.get("steps");
        if (!steps.isSequence()) {
            read.remove(path);
            return;
        }
        ctx.read(CiSystem.BUILDKITE, path);
        new BuildkitePipeline(ctx, path, new YamlSpan(text), (line, u) -> {
            String file = u.file().isEmpty() ? ".buildkite/pipeline.yml" : PipelineFiles.join("", u.file());
            if (line.contains("|") || file == null || !ctx.repo().exists(file)) {
                generated.add(u.command());
            } else {
                uploaded.add(new BuildkitePipeline.Upload(file, u.triggers(), u.after(), u.command()));
            }
        }, after).read(steps, triggers, 0);
    }

    /** Files the pipeline files upload ({@code buildkite-agent pipeline upload FILE}): they run when their uploader does. */
    private static Set<String> uploadTargets(CiContext ctx, List<RepoFile> files) {
        Set<String> out = new HashSet<>();
        for (RepoFile f : files) {
            java.util.regex.Matcher m = UPLOAD_TARGET.matcher(ctx.repo().text(f.path()).orElse(""));
            while (m.find()) {
                if (!m.group(1).equals(f.path())) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
