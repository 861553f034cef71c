package dev.maturity.core.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.KubernetesLocation;
import dev.maturity.core.model.MlflowLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.testing.SampleReport;
import org.junit.jupiter.api.Test;

class EvidenceLinksTest {

    private static final String SHA = SampleReport.COMMIT;

    private static Evidence git(String path, int from, int to) {
        return new Evidence(GitLocation.lines("support-bot", SHA, path, from, to), Strength.WIRED, null, "");
    }

    @Test
    void git_evidence_links_to_the_file_lines_at_the_commit_on_github() {
        EvidenceLinks links = new EvidenceLinks(SampleReport.platform().remote("git@github.com:acme/support-bot.git").build());

        assertThat(links.url(git(".github/workflows/eval.yml", 12, 18))).contains(
                "https://github.com/acme/support-bot/blob/" + SHA + "/.github/workflows/eval.yml#L12-L18");
        assertThat(links.url(new Evidence(GitLocation.commit("support-bot", SHA), Strength.ALIVE, null, "")))
                .contains("https://github.com/acme/support-bot/commit/" + SHA);
    }

    @Test
    void gitlab_uses_its_own_url_shapes() {
        EvidenceLinks links = new EvidenceLinks(SampleReport.platform().remote("https://gitlab.com/acme/ml/support-bot.git").build());

        assertThat(links.url(git("train.py", 3, 9))).contains("https://gitlab.com/acme/ml/support-bot/-/blob/" + SHA + "/train.py#L3-9");
    }

    @Test
    void a_local_checkout_or_unknown_forge_gets_no_link() {
        assertThat(new EvidenceLinks(SampleReport.platform().remote("/home/ci/work/support-bot").build())
                .url(git("train.py", 1, 1))).isEmpty();
        assertThat(new EvidenceLinks(SampleReport.platform().remote("https://git.internal.example/acme/support-bot.git").build())
                .url(git("train.py", 1, 1))).isEmpty();
    }

    @Test
    void mlflow_evidence_links_to_the_model_version_page_and_kubernetes_evidence_to_a_kubectl_command() {
        EvidenceLinks links = new EvidenceLinks(SampleReport.platform().build());

        assertThat(links.url(new Evidence(MlflowLocation.modelVersion("https://mlflow.example.com/", "fraud-scorer", "14", "r1"),
                Strength.LIVE, null, ""))).contains("https://mlflow.example.com/#/models/fraud-scorer/versions/14");
        assertThat(links.url(new Evidence(MlflowLocation.run("https://mlflow.example.com", "7", "9d1c"), Strength.LIVE, null, "")))
                .contains("https://mlflow.example.com/#/experiments/7/runs/9d1c");
        assertThat(EvidenceLinks.command(new Evidence(new KubernetesLocation("prod-eu", "ml-serving", "argoproj.io/v1alpha1",
                "Rollout", "fraud-scorer", "u1", "1"), Strength.LIVE, null, ""))).contains("kubectl get rollout fraud-scorer -n ml-serving");
    }
}
