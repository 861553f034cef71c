package dev.maturity.probes.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Availability;
import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import dev.maturity.probes.kubernetes.objects.Selectors;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The git-manifest probes judge committed manifests with the same judgement as live objects. */
class GitManifestProbesTest {

    static final String REPO = "platform-deploy";
    static final String COMMIT = "4be1f0c2a7d9e3b5c6a8f1e2d3c4b5a6f7e8d9c0";

    static Facts committed(String path, String yaml) throws Exception {
        Facts.Builder b = Facts.builder();
        for (YamlNode doc : SafeYaml.parseAll(yaml)) {
            YamlNode md = doc.get("metadata");
            b.add(new ResourceObject(doc.get("apiVersion").textOr(""), doc.get("kind").textOr(""), md.get("namespace").textOr(null),
                    md.get("name").textOr(""), Selectors.strings(md.get("labels")), Selectors.strings(md.get("annotations")), doc,
                    new Evidence(GitLocation.lines(REPO, COMMIT, path, doc.line(), doc.endLine()), Strength.DECLARED, null,
                            doc.get("kind").textOr("") + " " + md.get("name").textOr(""))));
        }
        b.add(new SourceRead("git", REPO, COMMIT, new Evidence(GitLocation.commit(REPO, COMMIT), Strength.DECLARED, null, "tree")));
        b.availability(Availability.read("git.tree"));
        return b.build();
    }

    static Finding run(String id, Facts facts) {
        for (Probe p : ServiceLoader.load(Probe.class)) {
            if (p.id().equals(id)) {
                return p.evaluate(facts, new ProbeContext(Track.CLASSICAL, ClusterScan.AS_OF, Map.of()));
            }
        }
        throw new IllegalArgumentException(id);
    }

    static final String ROLLOUT = """
            apiVersion: argoproj.io/v1alpha1
            kind: Rollout
            metadata:
              name: recommender
              labels: {team: reco}
            spec:
              template:
                metadata:
                  labels: {app: recommender}
                spec:
                  containers:
                  - name: triton
                    image: nvcr.io/nvidia/tritonserver:24.08-py3
                    args: ["tritonserver", "--model-repository=s3://models/recommender/v41"]
              strategy:
                canary:
                  steps:
                  - setWeight: 10
                  - analysis:
                      templates:
                      - templateName: reco-error-rate
                  - setWeight: 100
            """;

    @Test
    void committed_canary_steps_are_declared_canary_deployment_cited_by_path_and_lines() throws Exception {
        Finding f = run("git.canary-or-shadow-manifests", committed("deploy/recommender/rollout.yaml", ROLLOUT));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::locator).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith(REPO + "@" + COMMIT + ":deploy/recommender/rollout.yaml#L1-");
    }

    @Test
    void a_committed_rollout_whose_analysis_template_is_not_committed_is_not_automatic_rollback() throws Exception {
        Finding f = run("git.auto-rollback-manifests", committed("deploy/recommender/rollout.yaml", ROLLOUT));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).endsWith("references missing AnalysisTemplate reco-error-rate");
        assertThat(f.evidence()).extracting(Evidence::source).containsOnly("git");
    }

    @Test
    void the_same_rollout_with_its_template_committed_rolls_back_automatically() throws Exception {
        Finding f = run("git.auto-rollback-manifests", committed("deploy/recommender/rollout.yaml", ROLLOUT + """
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: AnalysisTemplate
                metadata: {name: reco-error-rate}
                spec:
                  metrics:
                  - name: errors
                    failureCondition: result[0] > 0.02
                    provider:
                      prometheus: {query: "sum(rate(nv_inference_request_failure[5m]))"}
                """));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void git_manifest_probes_are_unknown_when_no_tree_was_read_and_ignore_live_objects() throws Exception {
        assertThat(run("git.canary-or-shadow-manifests", Facts.empty()).outcome()).isEqualTo(Outcome.UNKNOWN);
        Facts gitOnly = committed("deploy/recommender/rollout.yaml", ROLLOUT);
        Facts.Builder b = Facts.builder().addAll(gitOnly.of(ResourceObject.class));
        ApiKinds.ALL.forEach(k -> b.availability(Availability.read(k.domain())));
        assertThat(run("kubernetes.canary-or-shadow", b.build()).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void committed_latency_alerts_are_cited_by_the_lines_of_the_rule() throws Exception {
        Finding f = run("git.latency-percentile-alerts", committed("monitoring/rules.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: serving}
                spec:
                  groups:
                  - name: serving
                    rules:
                    - alert: RecommenderP95High
                      expr: histogram_quantile(0.95, sum by (le) (rate(nv_inference_request_duration_us_bucket[5m]))) > 250000
                      labels: {team: reco, severity: page}
                      annotations: {runbook_url: "https://runbooks.example.com/reco"}
                    - alert: RecommenderMedianHigh
                      expr: histogram_quantile(0.5, sum by (le) (rate(nv_inference_request_duration_us_bucket[5m]))) > 50000
                """));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(REPO + "@" + COMMIT + ":monitoring/rules.yaml#L8-L11");
        Finding routed = run("git.alerts-routed-to-owners", committed("monitoring/rules.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: serving}
                spec:
                  groups:
                  - name: serving
                    rules:
                    - alert: RecommenderInferenceErrors
                      expr: sum(rate(nv_inference_request_failure[5m])) > 1
                      labels: {severity: page}
                """));
        assertThat(routed.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(routed.evidence()).extracting(Evidence::detail).contains(
                "alert RecommenderInferenceErrors in PrometheusRule serving: no team label; no runbook or on-call reference");
    }

    @Test
    void a_registry_alias_is_not_a_pinned_version_but_a_version_number_is() throws Exception {
        String isvc = """
                apiVersion: serving.kserve.io/v1beta1
                kind: InferenceService
                metadata: {name: fraud, namespace: ml}
                spec:
                  predictor:
                    model:
                      modelFormat: {name: mlflow}
                      storageUri: %s
                """;
        assertThat(run("git.deploy-pins-model-version", committed("deploy/isvc.yaml", isvc.formatted("s3://mlflow/models/fraud/champion"))).outcome())
                .isEqualTo(Outcome.NOT_MET);
        assertThat(run("git.deploy-pins-model-version", committed("deploy/isvc.yaml", isvc.formatted("s3://mlflow/models/fraud/v12"))).outcome())
                .isEqualTo(Outcome.MET);
    }

    @Test
    void a_seldon_shadow_predictor_on_an_llm_service_is_shadow_evaluation() throws Exception {
        Finding f = run("git.llm-shadow-manifests", committed("deploy/seldon.yaml", """
                apiVersion: machinelearning.seldon.io/v1
                kind: SeldonDeployment
                metadata:
                  name: support-bot
                  labels: {llm: "true"}
                spec:
                  predictors:
                  - name: main
                    traffic: 100
                    graph: {name: llm, implementation: HUGGINGFACE_SERVER, modelUri: "hf://mistralai/Mistral-7B-Instruct-v0.3"}
                  - name: candidate
                    shadow: true
                    graph: {name: llm, implementation: HUGGINGFACE_SERVER, modelUri: "hf://mistralai/Mistral-Nemo-Instruct-2407"}
                """));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("1 of 1 LLM service(s) shadow-evaluated on mirrored traffic");
    }

    @Test
    void a_committed_model_service_loading_its_model_from_object_storage_is_a_predictable_deploy() throws Exception {
        Finding f = run("git.deploy-manifests-versioned", committed("deploy/recommender.yaml", ROLLOUT));
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::locator)
                .contains(REPO + "@" + COMMIT + ":deploy/recommender.yaml#L1-L22");
    }

    @Test
    void a_committed_model_service_serving_a_baked_in_local_path_is_not_predictable_from_the_registry() throws Exception {
        String baked = ROLLOUT.replace("--model-repository=s3://models/recommender/v41", "--model-repository=/models");
        Finding f = run("git.deploy-manifests-versioned", committed("deploy/recommender.yaml", baked));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).contains("lack a model from a registry or artefact store");
        assertThat(f.evidence()).extracting(Evidence::locator).contains(REPO + "@" + COMMIT);
    }
}
