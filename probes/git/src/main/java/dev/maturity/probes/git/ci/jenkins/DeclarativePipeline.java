package dev.maturity.probes.git.ci.jenkins;

import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Sequence;
import dev.maturity.probes.git.ci.Trigger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Interprets one declarative {@code pipeline { }}: every stage with steps is a job; stages run in
 * order (a stage needs the stages before it, a stage after {@code parallel} needs every branch);
 * {@code when} narrows a stage's triggers, and a stage with an {@code input} directive, with the
 * stages after it, waits for a human. Triggers are what the file shows ({@link #universe()}); a file
 * that shows none has its triggers in the Jenkins job, outside the repository.
 */
final class DeclarativePipeline {

    private static final java.util.regex.Pattern MULTIBRANCH_VARIABLES = java.util.regex.Pattern.compile(
            "\\b(CHANGE_ID|CHANGE_TARGET|CHANGE_BRANCH|BRANCH_NAME)\\b");

    private final CiContext ctx;
    private final String path;
    private final GroovyStatement pipeline;
    private final Set<String> pipelineSecrets = new TreeSet<>();
    private final Sequence sequence = new Sequence();
    private final String text;

    DeclarativePipeline(CiContext ctx, String path, String text, GroovyStatement pipeline) {
        this.ctx = ctx;
        this.path = path;
        this.text = text;
        this.pipeline = pipeline;
    }

    void read() {
        pipeline.child("environment").ifPresent(env -> env.children().forEach(s -> pipelineSecrets.addAll(JenkinsSteps.credentials(s))));
        Set<Trigger> universe = universe();
        if (universe.isEmpty()) {
            ctx.triggersOutside(CiSystem.JENKINS, path, "set in the Jenkins job (the file has no triggers { }, no multibranch"
                    + " conditions and no CHANGE_ID or BRANCH_NAME)");
        } else {
            ctx.read(CiSystem.JENKINS, path);
        }
        List<String> tail = stages(pipeline.child("stages").map(GroovyStatement::children).orElse(List.of()), List.of(), "",
                universe, new boolean[1]);
        pipeline.child("post").ifPresent(post -> post(post, tail, universe));
    }

    /**
     * What starts the pipeline, as far as the file shows: a multibranch job's pushes and change
     * requests where the file uses multibranch conditions or variables ({@code changeRequest()},
     * {@code branch}, {@code CHANGE_ID}, {@code BRANCH_NAME}) and indexing is not turned off, the
     * {@code triggers { }} it declares, tags where it tests for them, and runs by hand. Empty when
     * the file shows none of these: the Jenkins job's own configuration starts it.
     */
    private Set<Trigger> universe() {
        Set<Trigger> u = EnumSet.noneOf(Trigger.class);
        boolean indexedOff = pipeline.child("options").map(o -> o.children().stream().anyMatch(s -> s.head().equals("overrideIndexTriggers")
                && s.tokens().stream().anyMatch(t -> t.text().equals("false")))).orElse(false);
        boolean multibranch = mentions(pipeline, "changeRequest") || mentions(pipeline, "branch")
                || MULTIBRANCH_VARIABLES.matcher(text).find();
        if (multibranch && !indexedOff) {
            u.add(Trigger.PUSH);
            u.add(Trigger.PULL_REQUEST);
        }
        for (GroovyStatement t : pipeline.child("triggers").map(GroovyStatement::children).orElse(List.of())) {
            switch (t.head()) {
                case "cron", "parameterizedCron" -> u.add(Trigger.SCHEDULE);
                case "pollSCM", "githubPush", "gitlab", "bitbucketPush", "GenericTrigger" -> u.add(Trigger.PUSH);
                default -> u.add(Trigger.OTHER);
            }
        }
        if (mentions(pipeline, "buildingTag") || mentions(pipeline, "tag")) {
            u.add(Trigger.TAG);
        }
        if (!u.isEmpty() || indexedOff) {
            u.add(Trigger.MANUAL);
        }
        return u;
    }

    /** Reads stages in order after the jobs {@code before}; returns the ids of the last jobs. */
    private List<String> stages(List<GroovyStatement> stages, List<String> before, String prefix, Set<Trigger> triggers,
                                boolean[] manual) {
        List<String> last = before;
        for (GroovyStatement stage : stages) {
            if (!stage.head().equals("stage")) {
                continue;
            }
            String id = prefix + stage.firstString().orElse("stage");
            Set<Trigger> t = stage.child("when").map(w -> JenkinsWhen.of(w.children(), triggers)).orElse(JenkinsWhen.copy(triggers));
            manual[0] |= stage.child("input").isPresent();
            if (manual[0]) {
                t = EnumSet.of(Trigger.MANUAL);
            }
            var parallel = stage.child("parallel");
            var nested = stage.child("stages").or(() -> stage.child("matrix").flatMap(m -> m.child("stages")));
            if (parallel.isPresent()) {
                List<String> tails = new ArrayList<>();
                for (GroovyStatement branch : parallel.get().children()) {
                    tails.addAll(stages(List.of(branch), last, id + "/", t, new boolean[] {manual[0]}));
                }
                last = tails;
            } else if (nested.isPresent()) {
                last = stages(nested.get().children(), last, id + "/", t, manual);
            } else if (stage.child("steps").isPresent()) {
                last = List.of(job(stage, id, t, last));
            }
        }
        return last;
    }

    private String job(GroovyStatement stage, String id, Set<Trigger> t, List<String> before) {
        List<String> needs = sequence.gating(before, t);
        sequence.add(id, t, needs);
        JobBuilder b = ctx.job(CiSystem.JENKINS, path, path, id).triggers(t).needs(needs).secrets(pipelineSecrets)
                .lines(stage.line(), stage.endLine());
        stage.child("environment").ifPresent(env -> env.children().forEach(s -> b.secrets(JenkinsSteps.credentials(s))));
        JenkinsSteps.read(stage.child("steps").map(GroovyStatement::children).orElse(List.of()), "", false, b);
        stage.child("post").ifPresent(post -> post.children().stream().filter(c -> runsOnSuccess(c.head()))
                .forEach(c -> JenkinsSteps.read(c.children(), "", false, b)));
        if (stage.child("input").isPresent()) {
            b.note("(waits for input)");
        }
        b.emit();
        return id;
    }

    /** Pipeline {@code post}: {@code success} steps run after every stage passed; {@code always} steps whatever happened. */
    private void post(GroovyStatement post, List<String> tail, Set<Trigger> universe) {
        for (String condition : List.of("success", "always")) {
            post.child(condition).filter(c -> !c.children().isEmpty()).ifPresent(c -> {
                JobBuilder b = ctx.job(CiSystem.JENKINS, path, path, "post/" + condition).triggers(universe)
                        .needs(condition.equals("success") ? tail : List.of()).secrets(pipelineSecrets).lines(c.line(), c.endLine());
                JenkinsSteps.read(c.children(), "", false, b);
                CiJob job = b.build();
                if (!job.commands().isEmpty()) {
                    ctx.emit(job);
                }
            });
        }
    }

    private static boolean runsOnSuccess(String condition) {
        return condition.equals("always") || condition.equals("success") || condition.equals("cleanup") || condition.equals("changed");
    }

    /** Whether a {@code when} anywhere under the statement uses the condition. */
    private static boolean mentions(GroovyStatement s, String condition) {
        if (s.head().equals("when")) {
            return contains(s, condition, 0);
        }
        return s.children().stream().anyMatch(c -> mentions(c, condition));
    }

    private static boolean contains(GroovyStatement s, String head, int depth) {
        return depth < GroovyParser.MAX_DEPTH && s.children().stream().anyMatch(c -> c.head().equals(head) || contains(c, head, depth + 1));
    }
}
