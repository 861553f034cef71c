package dev.maturity.probes.git.ci.circleci;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CircleCI configuration's workflows read into jobs. A workflow runs on every pushed branch (pull
 * request branches included) unless its {@code when}/{@code unless} or a scheduled {@code triggers}
 * says otherwise; a job's {@code filters} narrow that ({@code branches.only} leaves pull-request
 * branches out; tags build only where {@code tags} filters allow them); {@code requires} are its
 * needs; jobs after an approval job ({@code type: approval}) wait for a human.
 */
final class CircleConfig {

    /** A pushed branch, a pull request's branch, or a run started by hand. */
    static final Set<Trigger> WEBHOOK = EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST, Trigger.MANUAL);

    private final CiContext ctx;
    private final String path;
    private final YamlNode root;
    private final YamlSpan span;
    private final CircleConditions conditions;
    private final CircleSteps steps;
    private final String note;

    CircleConfig(CiContext ctx, String path, YamlNode root, YamlSpan span, Set<Trigger> universe, Set<String> setOnPush, String note) {
        this.ctx = ctx;
        this.path = path;
        this.root = root;
        this.span = span;
        this.note = note;
        Set<Trigger> u = CircleConditions.copy(universe);
        if (root.toString().contains("scheduled_pipeline") || root.toString().contains("pipeline.schedule")) {
            u.add(Trigger.SCHEDULE);
        }
        Map<String, Boolean> defaults = new HashMap<>();
        root.get("parameters").entries().forEach((k, v) -> defaults.put(k, v.get("default").textOr("false").strip().equals("true")));
        this.conditions = new CircleConditions(u, setOnPush, defaults);
        this.steps = new CircleSteps(root.get("commands"));
    }

    void read() {
        for (Map.Entry<String, YamlNode> wf : root.get("workflows").entries().entrySet()) {
            if (wf.getValue().isMapping()) {
                workflow(wf.getKey(), wf.getValue());
            }
        }
    }

    private void workflow(String name, YamlNode wf) {
        boolean scheduled = wf.get("triggers").items().stream().anyMatch(t -> t.has("schedule"));
        Set<Trigger> triggers = scheduled ? EnumSet.of(Trigger.SCHEDULE) : conditions.when(wf.get("when"), wf.get("unless"));
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (YamlNode item : wf.get("jobs").items()) {
            Entry e = item.isScalar() ? new Entry(item.textOr(""), YamlNode.MISSING, item)
                    : item.entries().entrySet().stream().findFirst().map(x -> new Entry(x.getKey(), x.getValue(), item)).orElse(null);
            if (e != null) {
                entries.put(e.id(), e);
            }
        }
        Set<String> manual = afterApproval(entries);
        for (Entry e : entries.values()) {
            Set<Trigger> t = manual.contains(e.id()) ? EnumSet.of(Trigger.MANUAL) : filtered(triggers, e.config().get("filters"));
            YamlNode def = root.at("jobs", e.job());
            YamlNode cited = def.isMapping() ? def : e.item();
            JobBuilder b = ctx.job(CiSystem.CIRCLECI, path, path + "#" + name, e.id()).triggers(t).needs(requires(e.config()))
                    .secrets(e.config().get("context").texts().stream().map(c -> "context:" + c).toList())
                    .lines(span.start(cited), span.end(cited)).note(note);
            Map<String, String> params = new LinkedHashMap<>();
            JobBuilder.scalars(e.config()).forEach((k, v) -> {
                if (!List.of("requires", "filters", "context", "name", "type", "matrix").contains(k)) {
                    params.put(k, v);
                }
            });
            if ("approval".equals(e.config().get("type").textOr(""))) {
                b.command("approval: " + e.id());
            } else if (def.isMapping()) {
                String wd = CircleCiReader.workdir(def.get("working_directory").textOr(""));
                steps.read(def.get("steps"), wd, CircleSteps.withDefaults(def.get("parameters"), params), b, 0);
            } else {
                b.uses(e.job(), params, "", false);
            }
            b.emit();
        }
    }

    /** A job of a workflow: the job it runs, its settings, and its item in the workflow. */
    private record Entry(String job, YamlNode config, YamlNode item) {
        String id() {
            return config.get("name").textOr(job);
        }
    }

    /** Ids of approval jobs and of every job that requires one, directly or through others (one pass over the graph). */
    private static Set<String> afterApproval(Map<String, Entry> entries) {
        Map<String, List<String>> dependents = new HashMap<>();
        entries.values().forEach(e -> requires(e.config()).forEach(r -> dependents.computeIfAbsent(r, k -> new ArrayList<>()).add(e.id())));
        Set<String> manual = new HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>();
        entries.values().stream().filter(e -> "approval".equals(e.config().get("type").textOr(""))).forEach(e -> todo.add(e.id()));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (manual.add(id)) {
                todo.addAll(dependents.getOrDefault(id, List.of()));
            }
        }
        return manual;
    }

    /** Jobs this one requires to succeed ({@code requires: [a]}, or {@code {a: success}}); those it runs after whatever their outcome are not needs. */
    private static List<String> requires(YamlNode config) {
        List<String> out = new ArrayList<>();
        for (YamlNode r : config.get("requires").items()) {
            if (r.isScalar()) {
                out.add(r.textOr(""));
            } else {
                r.entries().forEach((k, v) -> {
                    if (v.texts().stream().allMatch(s -> s.equals("success"))) {
                        out.add(k);
                    }
                });
            }
        }
        return out;
    }

    /** The workflow's triggers narrowed by a job's {@code filters}. */
    static Set<Trigger> filtered(Set<Trigger> workflow, YamlNode filters) {
        Set<Trigger> out = CircleConditions.copy(workflow);
        out.remove(Trigger.TAG);
        YamlNode branches = filters.get("branches");
        if (branches.has("only") && !all(branches.get("only"))) {
            out.remove(Trigger.PULL_REQUEST);
        }
        if (branches.has("ignore") && all(branches.get("ignore"))) {
            out.removeAll(EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST, Trigger.SCHEDULE));
        }
        if (filters.get("tags").has("only")) {
            out.add(Trigger.TAG);
        }
        return out;
    }

    private static boolean all(YamlNode patterns) {
        return patterns.texts().stream().anyMatch(p -> p.equals("/.*/") || p.equals(".*") || p.equals("/.+/"));
    }
}
