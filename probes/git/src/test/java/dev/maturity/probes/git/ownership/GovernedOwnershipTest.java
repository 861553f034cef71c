package dev.maturity.probes.git.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernedOwnershipTest {

    @TempDir
    Path tmp;

    private ScannedRepo governed() {
        return ScannedRepo.governed(tmp);
    }

    private ScannedRepo ungoverned() {
        return ScannedRepo.ungoverned(tmp);
    }

    @Test
    void codeownersCoveringPromptsEvalsDeployAndToolsIsMetCitingTheCoveringRules() {
        ScannedRepo repo = governed();
        Finding f = repo.evaluate(new CodeOwnersCoverMlPathsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("all 10 ML path(s) owned through 6 CODEOWNERS rule(s)");
        assertThat(ScannedRepo.locators(f)).containsExactly(
                repo.at(".github/CODEOWNERS", 10, 10), repo.at(".github/CODEOWNERS", 11, 11),
                repo.at(".github/CODEOWNERS", 5, 5), repo.at(".github/CODEOWNERS", 6, 6), repo.at(".github/CODEOWNERS", 8, 8),
                repo.at(".github/CODEOWNERS", 9, 9));
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e.detail()).isEqualTo("/prompts/ @acme/support-ml @acme/ml-platform (owns 3 ML paths)"));
    }

    @Test
    void codeownersCoveringOnlyDocsLeavesEveryMlPathUnownedAndNamesThem() {
        ScannedRepo repo = ungoverned();
        Finding f = repo.evaluate(new CodeOwnersCoverMlPathsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("4 of 4 ML path(s) without an owner: Dockerfile, prompts/system.prompty, src/chatbot/tools.json, gateway/config.yaml");
        assertThat(ScannedRepo.locators(f)).containsExactlyInAnyOrder(repo.at(".github/CODEOWNERS", 1, 2),
                repo.at("Dockerfile"), repo.at("prompts/system.prompty"), repo.at("src/chatbot/tools.json"),
                repo.at("gateway/config.yaml"), repo.tree());
    }

    @Test
    void rubricPathParametersReplaceTheDefaultGlobs() {
        ScannedRepo repo = ungoverned();
        Finding f = repo.evaluate(new CodeOwnersCoverMlPathsProbe(), java.util.Map.of("paths.deploy", List.of("deploy/**"),
                "paths.prompt", List.of("docs/**")));
        assertThat(f.summary()).isEqualTo("2 of 3 ML path(s) without an owner: src/chatbot/tools.json, gateway/config.yaml");
    }

    @Test
    void mcpConfigAndFunctionSchemasUnderCodeownersAreGoverned() {
        ScannedRepo repo = governed();
        Finding f = repo.evaluate(new ToolCatalogueOwnedProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("2 tool catalogue(s) owned in CODEOWNERS: .mcp.json, src/support_assistant/tools.py");
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.at(".github/CODEOWNERS", 10, 10),
                repo.at(".github/CODEOWNERS", 11, 11), repo.at(".mcp.json", 2, 12), repo.at("src/support_assistant/tools.py", 4, 21));
    }

    @Test
    void anUnownedFunctionSchemaIsNotGoverned() {
        ScannedRepo repo = ungoverned();
        Finding f = repo.evaluate(new ToolCatalogueOwnedProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("1 of 1 tool catalogue(s) with no CODEOWNERS rule with an owner: src/chatbot/tools.json");
        assertThat(ScannedRepo.locators(f)).containsExactlyInAnyOrder(repo.at(".github/CODEOWNERS", 1, 2),
                repo.at("src/chatbot/tools.json", 2, 13), repo.tree());
    }

    @Test
    void aComponentWithAPagerDutyServiceIsOnCall() {
        ScannedRepo repo = governed();
        Finding f = repo.evaluate(new OwnersOnCallProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("every ML-owning Component/System entity is on call: Component:support-assistant");
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.at("catalog-info.yaml", 20, 23));
    }

    @Test
    void aChatbotComponentWithoutOnCallAnnotationsIsNotMet() {
        ScannedRepo repo = ungoverned();
        Finding f = repo.evaluate(new OwnersOnCallProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("1 of 1 ML-owning Component/System entities without PagerDuty/Opsgenie on-call: Component:claims-bot");
        assertThat(ScannedRepo.locators(f)).containsExactlyInAnyOrder(repo.at("catalog-info.yaml", 1, 11), repo.tree());
    }
}
