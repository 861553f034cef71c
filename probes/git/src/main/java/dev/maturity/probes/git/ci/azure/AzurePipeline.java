package dev.maturity.probes.git.ci.azure;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.azure.AzureTemplates.Loaded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Azure Pipelines pipeline ({@code stages}, {@code jobs} or {@code steps}, directly or through
 * {@code extends} and templates of the repository) read into jobs. A stage depends on the stage
 * before it unless {@code dependsOn} says otherwise; its jobs need every job of the stages it depends
 * on, and the jobs of their own stage they name. A {@code deployment} job deploys to its
 * {@code environment}.
 */
final class AzurePipeline {

    private static final List<String> HOOKS = List.of("preDeploy", "deploy", "routeTraffic", "postRouteTraffic");

    private final CiContext ctx;
    private final AzureTemplates templates;
    private final AzureSteps steps;
    private final Loaded pipeline;
    private final Map<String, List<String>> jobsOfStage = new HashMap<>();

    AzurePipeline(CiContext ctx, AzureTemplates templates, Loaded pipeline) {
        this.ctx = ctx;
        this.templates = templates;
        this.steps = new AzureSteps(templates);
        this.pipeline = pipeline;
    }

    void read() {
        Loaded body = pipeline;
        YamlNode ext = pipeline.root().get("extends");
        if (ext.hasContent()) {
            String ref = ext.get("template").textOr("");
            var loaded = AzureTemplates.resolve(pipeline.path(), ref).flatMap(templates::load);
            if (loaded.isEmpty()) {
                ctx.notInterpreted(CiSystem.AZURE, pipeline.path(), ext.line(), "extends a template that is not in the repository (" + ref + ")");
                return;
            }
            body = loaded.get();
        }
        Set<Trigger> triggers = AzureTriggers.of(pipeline.root());
        ctx.read(CiSystem.AZURE, pipeline.path());
        YamlNode root = body.root();
        if (root.has("stages")) {
            stages(root.get("stages"), body, triggers);
        } else if (root.has("jobs")) {
            jobs(root.get("jobs"), body, null, triggers, List.of());
        } else if (root.has("steps")) {
            JobBuilder b = ctx.job(CiSystem.AZURE, body.path(), pipeline.path(), "Job").triggers(triggers)
                    .lines(body.span().start(root.get("steps")), body.span().end(root.get("steps")));
            steps.read(root.get("steps"), body.path(), b, 0);
            b.emit();
        }
    }

    private void stages(YamlNode list, Loaded file, Set<Trigger> triggers) {
        String previous = null;
        int n = 0;
        for (Item item : expand(list, file, "stages", 0)) {
            YamlNode stage = item.node();
            String id = stage.get("stage").textOr("Stage" + ++n);
            List<String> deps = stage.has("dependsOn") ? stage.get("dependsOn").texts() : previous == null ? List.of() : List.of(previous);
            String condition = stage.get("condition").textOr("");
            List<String> needs = new ArrayList<>();
            if (!AzureConditions.ungated(condition)) {
                deps.forEach(d -> needs.addAll(jobsOfStage.getOrDefault(d.strip(), List.of())));
            }
            jobsOfStage.put(id, jobs(stage.get("jobs"), item.file(), id, AzureConditions.narrow(triggers, condition), needs));
            previous = id;
        }
    }

    /** Reads a stage's jobs; returns their ids. */
    private List<String> jobs(YamlNode list, Loaded file, String stage, Set<Trigger> triggers, List<String> stageNeeds) {
        List<String> ids = new ArrayList<>();
        for (Item item : expand(list, file, "jobs", 0)) {
            YamlNode job = item.node();
            String name = job.get("job").text().or(() -> job.get("deployment").text()).orElse("Job");
            String id = stage == null ? name : stage + "." + name;
            String condition = job.get("condition").textOr("");
            List<String> needs = new ArrayList<>();
            if (!AzureConditions.ungated(condition)) {
                needs.addAll(stageNeeds);
                job.get("dependsOn").texts().forEach(d -> needs.add(stage == null ? d.strip() : stage + "." + d.strip()));
            }
            YamlNode env = job.get("environment");
            JobBuilder b = ctx.job(CiSystem.AZURE, item.file().path(), pipeline.path(), id)
                    .triggers(AzureConditions.narrow(triggers, condition)).needs(needs)
                    .environment(env.isMapping() ? env.get("name").textOr("") : env.textOr("").split("\\.")[0])
                    .mayFail(job.get("continueOnError").textOr("false").strip().equals("true"))
                    .lines(item.file().span().start(job), item.file().span().end(job));
            steps.read(job.get("steps"), item.file().path(), b, 0);
            for (YamlNode strategy : job.get("strategy").entries().values()) {
                HOOKS.forEach(h -> steps.read(strategy.at(h, "steps"), item.file().path(), b, 0));
                steps.read(strategy.at("on", "success", "steps"), item.file().path(), b, 0);
            }
            b.emit();
            ids.add(id);
        }
        return ids;
    }

    /** A stage or job and the file it is written in. */
    private record Item(YamlNode node, Loaded file) {
    }

    /** The list's items with {@code template:} items replaced by the {@code key} list of the template file. */
    private List<Item> expand(YamlNode list, Loaded file, String key, int depth) {
        List<Item> out = new ArrayList<>();
        for (YamlNode item : list.items()) {
            var ref = item.get("template").text();
            if (ref.isEmpty()) {
                out.add(new Item(item, file));
                continue;
            }
            var loaded = AzureTemplates.resolve(file.path(), ref.get()).flatMap(templates::load);
            if (loaded.isPresent() && depth < AzureTemplates.MAX_DEPTH) {
                out.addAll(expand(loaded.get().root().get(key), loaded.get(), key, depth + 1));
            }
        }
        return out;
    }
}
