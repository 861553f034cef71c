package dev.maturity.probes.git.tracking;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.data.DvcOutputs;
import dev.maturity.probes.git.wiring.Citations;
import dev.maturity.probes.git.wiring.RunIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.maturity.probes.git.wiring.PipelineStage;

/**
 * The model can be rebuilt from the repository: a locked pipeline builds it ({@code dvc.lock} pins
 * the model with the hashes of its data, code and params), its versions are tagged to the commits
 * that built them (GTO tags), or the pipeline registers it from a run that records the data it
 * trained on ({@code mlflow.log_input} and the like) or the commit/build that produced it, or from an
 * orchestrator pipeline whose metadata store keeps that lineage (ZenML, TFX, Kubeflow, Metaflow,
 * SageMaker and Azure ML pipelines).
 */
public final class ModelRebuildableProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.model-rebuildable",
            "Can the model be rebuilt from the repository (a locked pipeline, tags on the building commit, or registration that records data and commit)?",
            "Build the model with a locked pipeline (dvc repro with dvc.lock committed), tag model versions on the commit that built them (GTO), or register it from a run that logs its dataset and commit.",
            "EU-AI-Act:Art.11", "NIST-AI-RMF:MAP-2.3", "ISO-42001:A.7.5");

    /** Orchestrators whose metadata store records each run's input artifacts and the model version it produced. */
    static final Set<String> LINEAGE = Set.of("zenml", "tfx", "kfp", "metaflow", "sagemaker", "azureml");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        List<Evidence> met = new ArrayList<>();
        List<String> how = new ArrayList<>();
        for (DvcOutputs o : facts.of(DvcOutputs.class)) {
            if (!o.lockedModels().isEmpty()) {
                met.add(o.lockEvidence());
                how.add(o.file() + " with its dvc.lock pins " + String.join(", ", o.lockedModels()) + " to the data, code and params that built it");
            }
        }
        List<ModelTag> tags = facts.of(ModelTag.class);
        if (!tags.isEmpty()) {
            tags.stream().limit(5).forEach(t -> met.add(t.evidence()));
            how.add(tags.size() + " GTO tag(s) tie model versions to the commits that built them");
        }
        RunIndex index = new RunIndex(facts);
        RunningSignals registered = RunningSignals.of(facts, index, Signal.REGISTRY);
        RunningSignals data = RunningSignals.of(facts, index, Signal.DATASET_LINEAGE);
        for (RunningSignals.Running r : registered.running()) {
            Optional<PipelineStage> lineage = r.stages().stream().filter(st -> LINEAGE.contains(st.system())).findFirst();
            if (lineage.isPresent()) {
                met.addAll(r.evidence());
                how.add(r.signal().path() + " (" + r.signal().tool() + ") registers the model from " + lineage.get().label()
                        + ", whose metadata store links each model version to its run, input artifacts and code");
                break;
            }
            boolean buildRef = facts.of(CodeSignal.class).stream().anyMatch(s -> s.signal() == Signal.BUILD_PROVENANCE
                    && s.path().equals(r.signal().path()));
            if (!data.running().isEmpty() || buildRef) {
                met.addAll(r.evidence());
                data.running().stream().limit(1).forEach(d -> met.addAll(d.evidence()));
                how.add(r.signal().path() + " (" + r.signal().tool() + ") registers the model from a run that records "
                        + (data.running().isEmpty() ? "the commit or build that produced it"
                        : "its training data (" + data.running().get(0).signal().path() + ")") + ", run by " + r.runner());
                break;
            }
        }
        if (!met.isEmpty()) {
            return Finding.met(METADATA.id(), Citations.join(how), Citations.first(met));
        }
        List<Evidence> partial = registered.running().stream().flatMap(r -> r.evidence().stream()).limit(3).toList();
        return GitProbes.notFoundInCi(facts, METADATA.id(), registered.running().isEmpty()
                ? "no locked model build (dvc.lock), no GTO model tag and no registration by code that runs"
                : "models are registered by code that runs, but nothing records the data or commit they were built from", partial);
    }
}
