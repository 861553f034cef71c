package dev.maturity.probes.git.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersOnCallProbeTest {

    @TempDir
    Path tmp;

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

    @Test
    void placeholderOnCallValuesNameNoRotation() {
        Path dir = tmp.resolve("placeholders");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("catalog-info.yaml", """
                    apiVersion: backstage.io/v1alpha1
                    kind: Component
                    metadata:
                      name: recommender
                      annotations:
                        pagerduty.com/service-id: PXXXXXX
                        opsgenie.com/team: missing
                    spec:
                      type: ml-model
                      owner: group:recs
                    """).commit("catalog from the template").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        Finding f = repo.evaluate(new OwnersOnCallProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("1 of 1 ML-owning Component/System entities without PagerDuty/Opsgenie on-call: Component:recommender");
        assertThat(ScannedRepo.locators(f)).containsExactlyInAnyOrder(repo.at("catalog-info.yaml", 1, 10), repo.tree());
    }

    @Test
    void aComponentIsOnCallThroughItsOwningGroup() {
        Path dir = tmp.resolve("groups");
        String head;
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            head = git.file("catalog-info.yaml", """
                            apiVersion: backstage.io/v1alpha1
                            kind: Group
                            metadata:
                              name: ranking
                              annotations:
                                opsgenie.com/team: ranking-oncall
                            spec:
                              type: team
                              children: []
                            ---
                            apiVersion: backstage.io/v1alpha1
                            kind: Component
                            metadata:
                              name: search-ranker
                              tags: [ml]
                            spec:
                              type: service
                              owner: group:default/ranking
                            """).commit("catalog").getName();
        }
        ScannedRepo repo = ScannedRepo.scan(dir, head);
        Finding f = repo.evaluate(new OwnersOnCallProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("every ML-owning Component/System entity is on call: Component:search-ranker");
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.at("catalog-info.yaml", 6, 6));
    }
}
