package dev.maturity.core.render.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.maturity.core.gate.Floor;
import dev.maturity.core.gate.Gate;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.KubernetesLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.testing.SampleReport;
import dev.maturity.core.waiver.Waiver;
import dev.maturity.core.waiver.Waivers;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the OASIS SARIF 2.1.0 schema on the test classpath").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static Report platform() {
        return SampleReport.platform()
                .level(Axis.REPRODUCIBILITY, Track.CLASSICAL, 2).level(Axis.REPRODUCIBILITY, Track.LLM, 2)
                .level(Axis.EVALUATION, Track.CLASSICAL, 3).level(Axis.EVALUATION, Track.LLM, 2)
                .level(Axis.DEPLOYMENT, Track.CLASSICAL, 2).level(Axis.DEPLOYMENT, Track.LLM, 1)
                .level(Axis.OBSERVABILITY, Track.CLASSICAL, 2).level(Axis.OBSERVABILITY, Track.LLM, 2)
                .level(Axis.GOVERNANCE, Track.CLASSICAL, 2).level(Axis.GOVERNANCE, Track.LLM, 2)
                .outcome("repro.pipelines-ci-tested", Track.CLASSICAL, Outcome.UNKNOWN)
                .build();
    }

    private static JsonNode render(Report r, RenderOptions options) throws Exception {
        StringBuilder out = new StringBuilder();
        new SarifRenderer().render(r, options, out);
        return ReportJson.MAPPER.readTree(out.toString());
    }

    private static List<JsonNode> results(JsonNode sarif) {
        return StreamSupport.stream(sarif.at("/runs/0/results").spliterator(), false).toList();
    }

    @Test
    void the_log_validates_against_the_sarif_2_1_0_schema() throws Exception {
        Report r = Waivers.apply(platform(), List.of(new Waiver("deploy.predictable", Track.LLM, null, "helm chart lands in Q1",
                "jane.doe@example.com", LocalDate.of(2027, 1, 31), "waivers.yaml:2")), LocalDate.of(2026, 11, 30));
        JsonNode sarif = render(r, new RenderOptions(false, new Gate(null, false, List.of(Floor.parse("evaluation=4")))
                .evaluate(r)));

        Set<ValidationMessage> errors = schema.validate(sarif);

        assertThat(errors).isEmpty();
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(results(sarif)).isNotEmpty();
    }

    @Test
    void the_schema_check_catches_a_broken_log() throws Exception {
        ObjectNode sarif = (ObjectNode) render(platform(), RenderOptions.DEFAULT);
        ((ObjectNode) sarif.at("/runs/0/results/0")).remove("message");
        sarif.put("version", "2.0.0");

        assertThat(schema.validate(sarif)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("message"))
                .anySatisfy(m -> assertThat(m).contains("version"));
    }

    @Test
    void one_rule_per_criterion_with_question_and_remediation() throws Exception {
        Report r = platform();
        JsonNode rules = render(r, RenderOptions.DEFAULT).at("/runs/0/tool/driver/rules");

        long criteria = r.axes().stream().flatMap(a -> a.criteria().stream()).map(CriterionResult::id).distinct().count();
        assertThat(rules.size()).isEqualTo((int) criteria);
        JsonNode rule = StreamSupport.stream(rules.spliterator(), false)
                .filter(n -> n.get("id").asText().equals("eval.regression-suite-in-ci")).findFirst().orElseThrow();
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("Does a regression suite run in CI on every change or release?");
        assertThat(rule.at("/help/text").asText()).startsWith("Run the eval suite from a workflow on pull_request");
        assertThat(rule.get("name").asText()).isEqualTo("EvalRegressionSuiteInCi");
    }

    @Test
    void results_cover_unmet_and_unknown_criteria_up_to_the_next_level_only() throws Exception {
        List<JsonNode> results = results(render(platform(), RenderOptions.DEFAULT));

        List<String> llmEval = results.stream().filter(n -> n.at("/properties/axis").asText().equals("evaluation")
                && n.at("/properties/track").asText().equals("llm")).map(n -> n.get("ruleId").asText()).toList();
        assertThat(llmEval).containsExactly("eval.regression-suite-in-ci");
        assertThat(results).filteredOn(n -> n.get("ruleId").asText().equals("repro.pipelines-ci-tested")
                && n.at("/properties/track").asText().equals("classical")).singleElement().satisfies(n -> {
                    assertThat(n.get("level").asText()).isEqualTo("note");
                    assertThat(n.at("/properties/outcome").asText()).isEqualTo("UNKNOWN");
                });
        assertThat(results).noneMatch(n -> n.at("/properties/criterionLevel").asInt() > n.at("/properties/targetLevel").asInt());
    }

    @Test
    void a_floor_raises_the_target_and_violating_criteria_become_errors() throws Exception {
        Report r = platform();
        JsonNode sarif = render(r, new RenderOptions(false, new Gate(null, false, List.of(Floor.parse("evaluation.llm=4")))
                .evaluate(r)));

        List<JsonNode> llmEval = results(sarif).stream().filter(n -> n.at("/properties/axis").asText().equals("evaluation")
                && n.at("/properties/track").asText().equals("llm")).toList();
        assertThat(llmEval).extracting(n -> n.get("ruleId").asText()).containsExactly("eval.regression-suite-in-ci",
                "eval.gates-block-deploys", "eval.production-samples-weekly", "eval.shadow-on-live-traffic");
        assertThat(llmEval).allSatisfy(n -> assertThat(n.get("level").asText()).isEqualTo("error"));
    }

    @Test
    void git_evidence_is_a_physical_location_and_cluster_evidence_a_logical_one() throws Exception {
        Report r = SampleReport.platform().level(Axis.REPRODUCIBILITY, Track.CLASSICAL, 1).level(Axis.DEPLOYMENT, Track.CLASSICAL, 2)
                .evidence("repro.deps-pinned", new Evidence(GitLocation.lines(SampleReport.REPO, SampleReport.COMMIT,
                        "services/scorer/requirements.txt", 3, 5), Strength.DECLARED, "sha256:ee", "scikit-learn>=1.3 is not pinned"))
                .evidence("deploy.canary-or-shadow", new Evidence(new KubernetesLocation("prod-eu", "ml-serving", "apps/v1",
                        "Deployment", "fraud-scorer", "6f1c2d4a-0b7e-4b8e-9c1f-3a5d7e9f1b2c", "99120"), Strength.LIVE, "sha256:ff",
                        "strategy RollingUpdate, no canary or mirror"))
                .without(Track.LLM).build();
        List<JsonNode> results = results(render(r, RenderOptions.DEFAULT));

        JsonNode deps = results.stream().filter(n -> n.get("ruleId").asText().equals("repro.deps-pinned")).findFirst().orElseThrow();
        assertThat(deps.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("services/scorer/requirements.txt");
        assertThat(deps.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        assertThat(deps.at("/locations/0/physicalLocation/region/endLine").asInt()).isEqualTo(5);
        JsonNode canary = results.stream().filter(n -> n.get("ruleId").asText().equals("deploy.canary-or-shadow")).findFirst()
                .orElseThrow();
        assertThat(canary.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(SarifRenderer.REPOSITORY_ROOT);
        assertThat(canary.at("/locations/1/physicalLocation").isMissingNode()).isTrue();
        assertThat(canary.at("/locations/1/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("kubernetes:prod-eu/ml-serving/Deployment/fraud-scorer@6f1c2d4a-0b7e-4b8e-9c1f-3a5d7e9f1b2c");
        assertThat(canary.at("/locations/1/logicalLocations/0/kind").asText()).isEqualTo("resource");
        assertThat(results).as("code scanning needs a file on every result")
                .allSatisfy(n -> assertThat(n.at("/locations/0/physicalLocation/artifactLocation/uri").isTextual()).isTrue());
        assertThat(schema.validate(render(r, RenderOptions.DEFAULT))).isEmpty();
    }

    @Test
    void a_waived_gap_is_a_suppressed_result() throws Exception {
        Report r = Waivers.apply(platform(), List.of(new Waiver("eval.regression-suite-in-ci", Track.LLM, null,
                "suite lands with the Q1 rewrite", "jane.doe@example.com", LocalDate.of(2027, 1, 31), "waivers.yaml:2")),
                LocalDate.of(2026, 11, 30));

        JsonNode waived = results(render(r, RenderOptions.DEFAULT)).stream()
                .filter(n -> n.get("ruleId").asText().equals("eval.regression-suite-in-ci")
                        && n.at("/properties/track").asText().equals("llm")).findFirst().orElseThrow();

        assertThat(waived.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(waived.at("/suppressions/0/justification").asText())
                .isEqualTo("suite lands with the Q1 rewrite (owner jane.doe@example.com, until 2027-01-31)");
        assertThat(waived.at("/properties/outcome").asText()).isEqualTo("WAIVED");
    }

    @Test
    void paths_of_several_repositories_in_one_scan_keep_their_repository_name() throws Exception {
        Report one = SampleReport.platform().level(Axis.REPRODUCIBILITY, Track.CLASSICAL, 1).without(Track.LLM)
                .evidence("repro.deps-pinned", new Evidence(GitLocation.lines(SampleReport.REPO, SampleReport.COMMIT,
                        "requirements.txt", 1, 2), Strength.DECLARED, null, "loose pins")).build();
        List<dev.maturity.core.spi.SourceReport> sources = new java.util.ArrayList<>(one.sources());
        sources.add(dev.maturity.core.spi.SourceReport.ok("git", "https://github.com/acme/billing-api.git", SampleReport.COMMIT));
        Report two = new Report(one.schemaVersion(), one.tool(), one.scannedAt(), one.asOf(), one.rubric(), sources,
                one.summary(), one.axes(), one.unreadable());

        JsonNode deps = results(render(two, RenderOptions.DEFAULT)).stream()
                .filter(n -> n.get("ruleId").asText().equals("repro.deps-pinned")).findFirst().orElseThrow();

        assertThat(deps.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("support-bot/requirements.txt");
    }

    @Test
    void an_alternative_reports_only_while_its_group_holds_the_level_back() throws Exception {
        Report met = SampleReport.platform().level(Axis.REPRODUCIBILITY, Track.CLASSICAL, 1)
                .outcome("repro.deps-pinned", Track.CLASSICAL, Outcome.MET).build();
        List<JsonNode> none = results(render(met, RenderOptions.DEFAULT)).stream()
                .filter(n -> n.get("ruleId").asText().startsWith("repro.") && n.at("/properties/track").asText().equals("classical"))
                .toList();
        assertThat(none).extracting(n -> n.get("ruleId").asText()).doesNotContain("repro.data-versioned", "repro.model-registry");

        Report unmet = SampleReport.platform().level(Axis.REPRODUCIBILITY, Track.CLASSICAL, 1).build();
        JsonNode data = results(render(unmet, RenderOptions.DEFAULT)).stream()
                .filter(n -> n.get("ruleId").asText().equals("repro.data-versioned")
                        && n.at("/properties/track").asText().equals("classical")).findFirst().orElseThrow();
        assertThat(data.at("/properties/group").asText()).isEqualTo("versioned");
        assertThat(data.at("/message/text").asText()).contains("(reproducibility/classical level 2, any 1 of 'versioned' (5)): ");
    }
}
