package dev.maturity.probes.git.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Path;
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
        assertThat(repo.unreadable("MCP config:")).extracting(u -> u.location().locator()).containsExactly(repo.at(".mcp.json", 4, 4));
        assertThat(repo.unreadable("catalog-info:")).extracting(u -> u.location().locator())
                .containsExactly(repo.at("services/ranker/catalog-info.yaml", 7, 7));
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
}
