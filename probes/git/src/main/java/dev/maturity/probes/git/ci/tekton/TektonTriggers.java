package dev.maturity.probes.git.ci.tekton;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.ci.Resources.Resource;
import dev.maturity.probes.git.ci.Trigger;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What starts each Tekton pipeline, by name: Pipelines-as-Code PipelineRuns (their
 * {@code pipelinesascode.tekton.dev/on-event}, {@code on-cel-expression} and {@code on-target-branch}
 * annotations), Tekton Triggers EventListeners (GitHub and GitLab interceptors' event types) through
 * the TriggerTemplates they start, and plain PipelineRuns, which are created by hand.
 */
final class TektonTriggers {

    private static final String PAC = "pipelinesascode.tekton.dev/";

    private TektonTriggers() {
    }

    /** Pipeline name (or inline run name) → triggers. */
    static Map<String, Set<Trigger>> of(List<Resource> resources) {
        Map<String, Set<Trigger>> out = new HashMap<>();
        Map<String, Set<Trigger>> templates = new HashMap<>();
        for (Resource r : resources) {
            if (r.kind().equals("EventListener")) {
                for (YamlNode t : r.doc().at("spec", "triggers").items()) {
                    String template = t.at("template", "ref").textOr(t.at("template", "name").textOr(""));
                    templates.computeIfAbsent(template, k -> EnumSet.noneOf(Trigger.class)).addAll(interceptors(t.get("interceptors")));
                }
            }
        }
        for (Resource r : resources) {
            if (r.kind().equals("PipelineRun")) {
                add(out, pipelineOf(r.doc().get("spec"), r.name()), runTriggers(r.doc().at("metadata", "annotations")));
            } else if (r.kind().equals("TriggerTemplate")) {
                Set<Trigger> t = templates.getOrDefault(r.name(), EnumSet.of(Trigger.OTHER));
                for (YamlNode run : r.doc().at("spec", "resourcetemplates").items()) {
                    if (run.get("kind").textOr("").equals("PipelineRun")) {
                        add(out, pipelineOf(run.get("spec"), run.at("metadata", "generateName").textOr(r.name())), t);
                    }
                }
            }
        }
        return out;
    }

    /** The pipeline a run starts: its {@code pipelineRef.name}, or the run itself when its pipeline is inline. */
    static String pipelineOf(YamlNode runSpec, String runName) {
        return runSpec.at("pipelineRef", "name").textOr(runName);
    }

    private static void add(Map<String, Set<Trigger>> out, String pipeline, Set<Trigger> t) {
        out.computeIfAbsent(pipeline, k -> EnumSet.noneOf(Trigger.class)).addAll(t);
    }

    private static Set<Trigger> runTriggers(YamlNode annotations) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        String events = annotations.get(PAC + "on-event").textOr("") + " " + annotations.get(PAC + "on-cel-expression").textOr("");
        if (events.isBlank() && !annotations.has(PAC + "on-comment")) {
            return EnumSet.of(Trigger.MANUAL);
        }
        String e = events.toLowerCase(Locale.ROOT);
        if (e.contains("pull_request")) {
            out.add(Trigger.PULL_REQUEST);
        }
        if (e.contains("push")) {
            out.add(annotations.get(PAC + "on-target-branch").textOr("").contains("refs/tags/") ? Trigger.TAG : Trigger.PUSH);
        }
        if (e.contains("incoming") || annotations.has(PAC + "on-comment")) {
            out.add(Trigger.OTHER);
        }
        return out;
    }

    /** Events a trigger's GitHub or GitLab interceptor admits; any webhook when none says. */
    private static Set<Trigger> interceptors(YamlNode interceptors) {
        Set<Trigger> out = EnumSet.noneOf(Trigger.class);
        for (YamlNode i : interceptors.items()) {
            String text = i.toString().toLowerCase(Locale.ROOT);
            if (text.contains("pull_request") || text.contains("merge request hook")) {
                out.add(Trigger.PULL_REQUEST);
            }
            if (text.contains("push")) {
                out.add(Trigger.PUSH);
            }
        }
        return out.isEmpty() ? EnumSet.of(Trigger.OTHER) : out;
    }
}
