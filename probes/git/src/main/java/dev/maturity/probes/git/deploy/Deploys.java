package dev.maturity.probes.git.deploy;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Track;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.wiring.RunIndex;
import dev.maturity.probes.git.wiring.TestFiles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every way the repository shows its services are deployed, as {@link Deploy}s: committed
 * artefacts, Kubernetes workload manifests, CI jobs that roll out or publish images, and code that
 * deploys or promotes models. Each says what it covers and whether it runs on its own (on push, tag
 * or release) — which the two deploy probes read differently.
 */
final class Deploys {

    /** One piece of deploy evidence. */
    record Deploy(String label, List<String> covers, boolean rollsOut, boolean automated, List<Evidence> evidence) {
    }

    private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Rollout",
            "InferenceService", "SeldonDeployment", "InferenceGraph", "ServingRuntime", "RayService");
    private static final Set<Signal> CLASSICAL = EnumSet.of(Signal.CLASSICAL_TRAINING, Signal.TRACKER, Signal.REGISTRY,
            Signal.MODEL_DEPLOY, Signal.MODEL_PROMOTION);

    private static final java.util.regex.Pattern CD = java.util.regex.Pattern.compile("^cd\\s+([\\w./-]+)\\s*&&");

    private Deploys() {
    }

    static List<Deploy> of(Facts facts) {
        List<Deploy> out = new ArrayList<>();
        List<DeployArtefact> artefacts = facts.of(DeployArtefact.class);
        artefacts.forEach(a -> out.add(new Deploy(a.label(), a.covers(), false, false, List.of(a.evidence()))));
        for (ResourceObject o : facts.of(ResourceObject.class)) {
            if (o.evidence().location() instanceof GitLocation g && g.path() != null && workload(o)) {
                out.add(new Deploy(o.kind() + " " + o.name() + " in " + g.path(), Coverage.of(g.path()), false,
                        gitOps(o), List.of(o.evidence())));
            }
        }
        RunIndex index = new RunIndex(facts);
        for (CiJob job : index.jobs()) {
            Optional<String> block = job.commands().stream().filter(c -> DeployCommands.firstRollout(c).isPresent()).findFirst();
            Optional<String> rollout = block.flatMap(DeployCommands::firstRollout);
            List<String> covers = block.map(Deploys::workingDirectory).orElse(List.of(""));
            if (rollout.isEmpty()) {
                Optional<DeployArtefact> script = artefacts.stream().filter(a -> !a.rollouts().isEmpty() && job.runsFile(a.path())).findFirst();
                rollout = script.map(a -> a.rollouts().get(0) + " (" + a.path() + ")");
                covers = script.map(DeployArtefact::covers).orElse(covers);
            }
            boolean automated = automated(job, index);
            if (rollout.isPresent()) {
                out.add(new Deploy(job.label() + " runs " + rollout.get(), covers, true, automated, List.of(job.evidence())));
            } else if (job.commands().stream().anyMatch(DeployCommands::pushesImage)) {
                out.add(new Deploy(job.label() + " publishes an image", List.of(""), false, false, List.of(job.evidence())));
            }
        }
        for (CodeSignal s : facts.of(CodeSignal.class)) {
            if ((s.signal() == Signal.MODEL_DEPLOY || s.signal() == Signal.MODEL_PROMOTION) && !s.path().endsWith(".ipynb")
                    && !TestFiles.isTest(s.path())) {
                List<CiJob> runners = index.jobsRunning(s.repo(), s.path(), j -> automated(j, index));
                String what = s.signal() == Signal.MODEL_DEPLOY ? "deploys a model" : "promotes a model version";
                List<Evidence> ev = new ArrayList<>(List.of(s.evidence()));
                runners.stream().limit(1).forEach(j -> ev.add(j.evidence()));
                out.add(new Deploy(s.path() + " " + what + " (" + s.tool() + ")" + (runners.isEmpty() ? "" : ", run by " + runners.get(0).label()),
                        Coverage.of(s.path()), s.signal() == Signal.MODEL_DEPLOY, !runners.isEmpty() && s.signal() == Signal.MODEL_DEPLOY, ev));
            }
        }
        return out;
    }

    /** What a CI rollout deploys: the directory it runs in ({@code cd dir && ...}), else the repository. */
    private static List<String> workingDirectory(String block) {
        java.util.regex.Matcher m = CD.matcher(block);
        return m.find() ? Coverage.of(m.group(1).replaceAll("/+$", "") + "/") : List.of("");
    }

    private static boolean workload(ResourceObject o) {
        return WORKLOAD_KINDS.contains(o.kind()) || (o.kind().equals("Service") && o.apiVersion().startsWith("serving.knative.dev"))
                || gitOps(o);
    }

    /** An Argo CD Application or Flux Kustomization/HelmRelease that syncs by itself. */
    private static boolean gitOps(ResourceObject o) {
        return (o.kind().equals("Application") && o.apiVersion().startsWith("argoproj.io") && o.body().at("spec", "syncPolicy", "automated")
                .isMapping()) || ((o.kind().equals("Kustomization") || o.kind().equals("HelmRelease"))
                && o.apiVersion().contains("fluxcd.io"));
    }

    /** Runs on push, tag or release, itself or after a workflow that does. */
    static boolean automated(CiJob job, RunIndex index) {
        return onChange(job) || index.upstream(job).stream().anyMatch(Deploys::onChange);
    }

    private static boolean onChange(CiJob job) {
        return job.triggers().stream().anyMatch(t -> t == dev.maturity.probes.git.ci.Trigger.PUSH
                || t == dev.maturity.probes.git.ci.Trigger.TAG || t == dev.maturity.probes.git.ci.Trigger.RELEASE);
    }

    /** The track's workload files: where its code lives, which a deploy must cover. */
    static List<String> workload(Facts facts, Track track) {
        return facts.of(CodeSignal.class).stream().filter(s -> !TestFiles.isTest(s.path()))
                .filter(s -> track == Track.LLM ? s.signal() == Signal.LLM_SDK : CLASSICAL.contains(s.signal()))
                .map(CodeSignal::path).distinct().toList();
    }

    /** The share of workload files the deploys cover (1 when there are none to cover). */
    static double share(List<Deploy> deploys, List<String> workload) {
        if (workload.isEmpty()) {
            return 1;
        }
        List<String> prefixes = deploys.stream().flatMap(d -> d.covers().stream()).distinct().toList();
        return workload.stream().filter(w -> Coverage.covers(prefixes, w)).count() / (double) workload.size();
    }
}
