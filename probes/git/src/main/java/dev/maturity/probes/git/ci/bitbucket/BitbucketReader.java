package dev.maturity.probes.git.ci.bitbucket;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Secrets;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code bitbucket-pipelines.yml}: {@code default} and {@code branches} pipelines run on pushes,
 * {@code pull-requests} on pull requests, {@code tags} on tags, {@code custom} ones only when started
 * by hand (or by a schedule set up in Bitbucket, which the file does not show). Steps run in order,
 * each after the step or parallel group before it; a {@code trigger: manual} step and those after
 * it wait for a human; {@code deployment} names the environment; {@code after-script} runs whatever
 * happened.
 */
public final class BitbucketReader implements CiReader {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?");

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        for (RepoFile f : files) {
            String text = ctx.repo().text(f.path()).orElse("");
            java.util.Optional<YamlNode> parsed = ctx.parse(CiSystem.BITBUCKET, f.path(), text);
            if (parsed.isEmpty()) {
                continue;
            }
            YamlNode root = parsed.get();
            ctx.read(CiSystem.BITBUCKET, f.path());
            new File(ctx, f.path(), new YamlSpan(text)).read(root.get("pipelines"));
        }
    }

    /** The pipelines of one file. */
    private record File(CiContext ctx, String path, YamlSpan span) {

        void read(YamlNode pipelines) {
            if (pipelines.has("default")) {
                pipeline("default", pipelines.get("default"), EnumSet.of(Trigger.PUSH));
            }
            section(pipelines.get("branches"), "branches", EnumSet.of(Trigger.PUSH));
            section(pipelines.get("pull-requests"), "pull-requests", EnumSet.of(Trigger.PULL_REQUEST));
            section(pipelines.get("tags"), "tags", EnumSet.of(Trigger.TAG));
            section(pipelines.get("custom"), "custom", EnumSet.of(Trigger.MANUAL));
        }

        private void section(YamlNode section, String name, Set<Trigger> triggers) {
            section.entries().forEach((glob, items) -> pipeline(name + ":" + glob, items, triggers));
        }

        /** A pipeline's items in order; returns nothing, emits a job per step. */
        private void pipeline(String name, YamlNode items, Set<Trigger> triggers) {
            List<String> before = List.of();
            boolean[] manual = {false};
            int[] n = {0};
            for (YamlNode item : items.items()) {
                List<String> ids = new ArrayList<>();
                if (item.has("step")) {
                    ids.add(step(name, item.get("step"), triggers, before, null, manual, n));
                } else if (item.has("parallel")) {
                    YamlNode parallel = item.get("parallel");
                    for (YamlNode p : (parallel.isMapping() ? parallel.get("steps") : parallel).items()) {
                        if (p.has("step")) {
                            ids.add(step(name, p.get("step"), triggers, before, null, new boolean[] {manual[0]}, n));
                        }
                    }
                } else if (item.has("stage")) {
                    YamlNode stage = item.get("stage");
                    manual[0] |= "manual".equals(stage.get("trigger").textOr(""));
                    List<String> inner = before;
                    for (YamlNode s : stage.get("steps").items()) {
                        if (s.has("step")) {
                            inner = List.of(step(name, s.get("step"), triggers, inner, stage.get("deployment").textOr(null), manual, n));
                        }
                    }
                    ids.addAll(inner.equals(before) ? List.of() : inner);
                }
                if (!ids.isEmpty()) {
                    before = ids;
                }
            }
        }

        private String step(String pipeline, YamlNode step, Set<Trigger> triggers, List<String> before, String stageEnv,
                            boolean[] manual, int[] n) {
            manual[0] |= "manual".equals(step.get("trigger").textOr(""));
            String id = pipeline + "/" + step.get("name").textOr("step") + " #" + ++n[0];
            JobBuilder b = ctx.job(CiSystem.BITBUCKET, path, path + "#" + pipeline, id)
                    .triggers(manual[0] ? EnumSet.of(Trigger.MANUAL) : triggers).needs(before)
                    .environment(step.get("deployment").textOr(stageEnv)).lines(span.start(step), span.end(step));
            script(step.get("script"), b, false);
            script(step.get("after-script"), b, true);
            b.emit();
            return id;
        }

        /** Script lines run in one shell; {@code pipe:} items as {@code uses:} with their variables (names of secrets they pass). */
        private static void script(YamlNode script, JobBuilder b, boolean tolerated) {
            List<String> lines = new ArrayList<>();
            for (YamlNode line : script.items()) {
                if (line.isScalar()) {
                    lines.add(line.textOr(""));
                } else if (line.has("pipe")) {
                    Map<String, String> vars = JobBuilder.scalars(line.get("variables"));
                    b.uses(line.get("pipe").textOr(""), vars, "", tolerated);
                    Set<String> secrets = new TreeSet<>();
                    vars.values().forEach(v -> Secrets.names(v, VARIABLE, secrets));
                    b.secrets(secrets);
                }
            }
            b.script(lines, "", tolerated);
        }
    }
}
