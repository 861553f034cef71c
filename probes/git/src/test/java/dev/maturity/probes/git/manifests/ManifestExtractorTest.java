package dev.maturity.probes.git.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Strength;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestExtractorTest {

    @TempDir
    Path dir;

    @Test
    void everyDocumentOfAMultiDocumentFileBecomesAnObjectAtItsLines() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("deploy/rollout.yaml", """
                    apiVersion: argoproj.io/v1alpha1
                    kind: Rollout
                    metadata:
                      name: churn-api
                      namespace: ml
                      labels:
                        app: churn-api
                    spec:
                      strategy:
                        canary:
                          steps:
                            - setWeight: 20
                            - pause: {duration: 10m}
                    ---
                    apiVersion: monitoring.coreos.com/v1
                    kind: ServiceMonitor
                    metadata:
                      name: churn-api
                    spec:
                      endpoints:
                        - port: http
                    ---
                    # a list of values, not an object
                    replicas: 3
                    """)
                    .file("config/app.yaml", "kind: settings\nname: x\n")
                    .commit("rollout");
        }
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().of(ResourceObject.class))
                .extracting(ResourceObject::kind, ResourceObject::qualifiedName, o -> o.evidence().locator(), o -> o.evidence().strength())
                .containsExactly(
                        tuple("Rollout", "ml/churn-api", s.at("deploy/rollout.yaml", 1, 13), Strength.DECLARED),
                        tuple("ServiceMonitor", "churn-api", s.at("deploy/rollout.yaml", 15, 21), Strength.DECLARED));
        ResourceObject rollout = s.facts().of(ResourceObject.class).get(0);
        assertThat(rollout.labels()).containsEntry("app", "churn-api");
        assertThat(rollout.body().at("spec", "strategy", "canary", "steps").items()).hasSize(2);
        assertThat(rollout.live()).isFalse();
    }

    @Test
    void helmTemplatesAreCountedNotParsedAndBrokenDeployYamlIsUnreadable() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("charts/api/templates/deployment.yaml", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: {{ include "api.fullname" . }}
                    """)
                    .file("k8s/job.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: train\n  labels: [oops\n")
                    .file("docs/example.yaml", "apiVersion: v1\nkind: [\n")
                    .commit("charts");
        }
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().of(ResourceObject.class)).isEmpty();
        assertThat(s.facts().of(ManifestCount.class)).singleElement()
                .extracting(ManifestCount::objects, ManifestCount::helmTemplates).containsExactly(0, 1);
        assertThat(s.facts().unreadable()).singleElement()
                .satisfies(u -> assertThat(u.location().locator()).startsWith(s.at("k8s/job.yaml") + "#L"));
    }
}
