package dev.maturity.probes.git.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedMetadataTest {

    @TempDir
    Path tmp;

    @Test
    void malformedCatalogInfoAndMcpConfigAreUnreadableWithTheirLinesAndTheScanGoesOn() {
        Path dir = tmp.resolve("platform");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("services/ranker/catalog-info.yaml", """
                    apiVersion: backstage.io/v1alpha1
                    kind: Component
                    metadata:
                      name: ranker
                      annotations:
                        pagerduty.com/service-id: [PABC123
                    spec:
                      type: ml-model
                    """)
                    .file("services/chat/catalog-info.yaml", """
                            apiVersion: backstage.io/v1alpha1
                            kind: Component
                            metadata:
                              name: chat-agent
                              annotations:
                                opsgenie.com/team: chat-oncall
                            spec:
                              type: service
                              owner: group:chat
                            """)
                    .file(".mcp.json", "{\n  \"mcpServers\": {\n    \"search\": {\"command\": \"npx\"\n  }\n")
                    .file(".vscode/mcp.json", """
                            {
                              // servers the team may use from the editor
                              "servers": {
                                "github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/"}
                              }
                            }
                            """)
                    .file("CODEOWNERS", "* @acme/platform\n")
                    .commit("platform metadata").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        assertThat(repo.facts().unreadable()).extracting(u -> u.location().locator(), u -> u.message().substring(0, u.message().indexOf(':')))
                .containsExactlyInAnyOrder(
                        Tuple.tuple(repo.at(".mcp.json", 4, 4), "MCP config"),
                        Tuple.tuple(repo.at("services/ranker/catalog-info.yaml", 7, 7), "catalog-info"));
        assertThat(repo.facts().of(ToolCatalogue.class)).singleElement().satisfies(t -> {
            assertThat(t.path()).isEqualTo(".vscode/mcp.json");
            assertThat(t.names()).containsExactly("github");
            assertThat(t.evidence().locator()).isEqualTo(repo.at(".vscode/mcp.json", 3, 5));
        });
        Finding onCall = repo.evaluate(new OwnersOnCallProbe());
        assertThat(onCall.outcome()).isEqualTo(Outcome.MET);
        assertThat(onCall.summary()).isEqualTo("every ML-owning Component/System entity is on call: Component:chat-agent");
        assertThat(ScannedRepo.locators(onCall)).containsExactly(repo.at("services/chat/catalog-info.yaml", 6, 6));
        assertThat(repo.evaluate(new ToolCatalogueOwnedProbe()).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aComponentIsOnCallThroughItsSystem() {
        Path dir = tmp.resolve("systems");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("catalog-info.yaml", """
                    apiVersion: backstage.io/v1alpha1
                    kind: System
                    metadata:
                      name: fraud-ml
                      annotations:
                        pagerduty.com/integration-key: 0123456789abcdef0123456789abcdef
                    spec:
                      owner: group:fraud
                    ---
                    apiVersion: backstage.io/v1alpha1
                    kind: Component
                    metadata:
                      name: fraud-scorer
                      description: Gradient-boosted fraud model serving
                    spec:
                      type: service
                      owner: group:fraud
                      system: fraud-ml
                    """).commit("catalog").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        Finding f = repo.evaluate(new OwnersOnCallProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("every ML-owning Component/System entity is on call: System:fraud-ml, Component:fraud-scorer");
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.at("catalog-info.yaml", 6, 6));
        assertThat(f.evidence().toString()).doesNotContain("0123456789abcdef");
    }
}
