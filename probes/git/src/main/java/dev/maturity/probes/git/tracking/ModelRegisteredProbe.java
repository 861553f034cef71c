package dev.maturity.probes.git.tracking;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.data.DvcOutputs;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pipeline registers the models it builds: registration calls (MLflow, W&B model artefacts,
 * Hugging Face Hub, Vertex, Azure ML, SageMaker, ZenML models, TFX Pusher) in code that CI or a
 * pipeline runs, model artefacts declared in {@code dvc.yaml} that a stage outputs, or GTO tags
 * registering model versions.
 */
public final class ModelRegisteredProbe extends PracticeInRunningCodeProbe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.model-registered-by-pipeline",
            "Does the pipeline register the models it builds in a registry (code that runs, DVC model artefacts, GTO tags)?",
            "Register each trained model from the pipeline (mlflow.register_model or registered_model_name, a dvc.yaml artifacts entry with GTO tags, a W&B or Hugging Face model artefact).",
            "EU-AI-Act:Art.12", "ISO-42001:A.6.2.5");

    public ModelRegisteredProbe() {
        super(METADATA, Signal.REGISTRY, "model registration", "model registration calls");
    }

    @Override
    List<Found> beyondCode(Facts facts, ProbeContext context) {
        List<Found> out = new ArrayList<>();
        facts.of(DvcOutputs.class).stream().filter(o -> !o.models().isEmpty()).forEach(o -> out.add(new Found(
                o.file() + " declares model artefact(s) " + String.join(", ", o.models()), List.of(o.modelsEvidence()))));
        List<ModelTag> tags = facts.of(ModelTag.class);
        if (!tags.isEmpty()) {
            out.add(new Found(tags.size() + " GTO tag(s) register or stage model versions ("
                    + tags.stream().map(ModelTag::tag).limit(3).collect(Collectors.joining(", ")) + ")",
                    tags.stream().map(ModelTag::evidence).limit(5).toList()));
        }
        return out;
    }

    @Override
    String noneFound() {
        return "no model registration in code that runs, no DVC model artefact and no GTO tag";
    }
}
