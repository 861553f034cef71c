package dev.maturity.probes.git.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.ClassicalProject;
import dev.maturity.fixtures.platforms.NotebookProject;
import dev.maturity.probes.git.Scanned;
import dev.maturity.probes.git.pipeline.PipelineCodeVersionedProbe;
import dev.maturity.probes.git.pipeline.PipelineDefinition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadDetectionTest {

    @TempDir
    Path dir;

    @Test
    void theClassicalProjectIsAClassicalWorkloadAndNotAnLlmOne() {
        ClassicalProject.create(dir).close();
        Scanned s = Scanned.of(dir);
        Finding classical = s.run(new ClassicalWorkloadProbe());
        assertThat(classical.outcome()).isEqualTo(Outcome.MET);
        assertThat(classical.evidence()).extracting(Evidence::locator).containsExactly(
                s.at("dvc.yaml", 2, 24), s.at("src/train.py", 21, 21), s.at("src/train.py", 25, 25));
        Finding llm = s.run(new LlmWorkloadProbe());
        assertThat(llm.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(llm.evidence()).extracting(Evidence::locator).containsExactly(s.tree());
    }

    @Test
    void dvcStagesAreReadWithTheirCommands() {
        ClassicalProject.create(dir).close();
        assertThat(Scanned.of(dir).facts().of(PipelineDefinition.class)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PipelineDefinition.Kind.DVC);
            assertThat(p.steps()).containsExactly("prepare", "train");
            assertThat(p.commands()).containsExactly("python src/prepare.py data/customers.csv data/prepared",
                    "python src/train.py data/prepared models/model.pkl");
        });
    }

    @Test
    void trainingCodeOnlyInNotebooksIsDetectedButNotVersionedCode() {
        NotebookProject.create(dir).close();
        Scanned s = Scanned.of(dir);
        assertThat(s.run(new ClassicalWorkloadProbe()).outcome()).isEqualTo(Outcome.MET);
        Finding code = s.run(new PipelineCodeVersionedProbe(), Track.CLASSICAL);
        assertThat(code.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(code.summary()).isEqualTo("training code is committed only as notebooks (1), no script or pipeline definition");
        assertThat(code.evidence()).extracting(Evidence::locator).containsExactly(
                s.tree(), s.at("train.ipynb", NotebookProject.NOTEBOOK_FIT_LINE, NotebookProject.NOTEBOOK_FIT_LINE));
    }

    @Test
    void theClassicalProjectsTrainingCodeIsVersioned() {
        ClassicalProject.create(dir).close();
        Scanned s = Scanned.of(dir);
        Finding code = s.run(new PipelineCodeVersionedProbe(), Track.CLASSICAL);
        assertThat(code.outcome()).isEqualTo(Outcome.MET);
        assertThat(code.summary()).isEqualTo("3 committed training script(s) or pipeline definition(s)");
    }

    @Test
    void promptFilesAndAGatewayConfigMakeAnLlmWorkload() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("prompts/support.prompty", """
                    ---
                    name: Support answer
                    model:
                      api: chat
                    ---
                    system:
                    You answer questions about Acme invoices. Cite the invoice number.
                    """)
                    .file("gateway/litellm.yaml", """
                            model_list:
                              - model_name: chat
                                litellm_params:
                                  model: azure/gpt-4o-2024-08-06
                              - model_name: chat
                                litellm_params:
                                  model: anthropic/claude-sonnet-4-20250514
                            router_settings:
                              fallbacks: [{"chat": ["chat"]}]
                            """)
                    .file("prompts/empty.txt", "  \n")
                    .commit("prompts and gateway");
        }
        Scanned s = Scanned.of(dir);
        Finding llm = s.run(new LlmWorkloadProbe());
        assertThat(llm.outcome()).isEqualTo(Outcome.MET);
        assertThat(llm.evidence()).extracting(Evidence::locator)
                .containsExactly(s.at("gateway/litellm.yaml", 1, 9), s.at("prompts/support.prompty", 6, 7));
        assertThat(s.run(new PipelineCodeVersionedProbe(), Track.LLM).outcome()).isEqualTo(Outcome.MET);
        assertThat(s.run(new ClassicalWorkloadProbe()).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void mlprojectAndKubeflowSpecsArePipelines() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("MLproject", """
                    name: churn
                    python_env: python_env.yaml
                    entry_points:
                      main:
                        parameters:
                          max_depth: {type: int, default: 12}
                        command: "python train.py --max-depth {max_depth}"
                    """)
                    .file("pipelines/churn.yaml", """
                            # PIPELINE DEFINITION
                            # Name: churn-training
                            components:
                              comp-train:
                                executorLabel: exec-train
                            deploymentSpec:
                              executors:
                                exec-train:
                                  container:
                                    image: registry.acme.io/churn-train:1.4.0
                            pipelineInfo:
                              name: churn-training
                            root:
                              dag:
                                tasks:
                                  train:
                                    componentRef:
                                      name: comp-train
                            schemaVersion: 2.1.0
                            sdkVersion: kfp-2.9.0
                            """)
                    .commit("pipelines");
        }
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().of(PipelineDefinition.class))
                .extracting(PipelineDefinition::kind, PipelineDefinition::steps, p -> p.evidence().locator())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PipelineDefinition.Kind.MLPROJECT, List.of("main"), s.at("MLproject", 4, 7)),
                        org.assertj.core.groups.Tuple.tuple(PipelineDefinition.Kind.KUBEFLOW, List.of("train"), s.at("pipelines/churn.yaml", 12, 12)));
    }
}
