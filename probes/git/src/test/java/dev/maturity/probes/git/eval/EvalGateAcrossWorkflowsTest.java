package dev.maturity.probes.git.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.GitFacts;
import dev.maturity.probes.git.ci.GithubWorkflowExtractor;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deploy workflow started by workflow_run gates on the eval workflow only when it checks that it succeeded. */
class EvalGateAcrossWorkflowsTest {

    private static final String CI = """
            name: ci
            on:
              push:
                branches: [main]
            jobs:
              eval:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
            """;

    private static final String SUITE = """
            prompts: [file://prompts/answer.prompty]
            providers: [openai:gpt-4o-mini]
            tests:
              - vars:
                  question: When am I billed?
                assert:
                  - type: icontains
                    value: first day
            """;

    @TempDir
    Path dir;

    private Finding gate(String deployCondition) {
        String deploy = """
                name: deploy
                on:
                  workflow_run:
                    workflows: [ci]
                    types: [completed]
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                %s    environment: production
                    steps:
                      - run: helm upgrade --install assistant charts/assistant
                """.formatted(deployCondition);
        Path repo = dir.resolve("assistant");
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.file(".github/workflows/ci.yml", CI).file(".github/workflows/deploy.yml", deploy).file("promptfooconfig.yaml", SUITE);
            b.commit("ci and deploy");
        }
        Facts facts = GitFacts.collect(repo, new GithubWorkflowExtractor(), new EvalSuiteExtractor());
        return new EvalGateBeforeDeployProbe().evaluate(facts, new ProbeContext(Track.LLM, GitFacts.AS_OF, Map.of()));
    }

    @Test
    void aDeployThatRunsOnlyAfterTheEvalWorkflowSucceededIsGated() {
        Finding f = gate("    if: ${{ github.event.workflow_run.conclusion == 'success' }}\n");
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.evidence()).extracting(Evidence::locator).anyMatch(l -> l.endsWith(":.github/workflows/deploy.yml#L7-L12"));
    }

    @Test
    void aDeployThatRunsWhateverTheEvalWorkflowConcludedIsNotGated() {
        Finding f = gate("");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo(".github/workflows/ci.yml#eval (push) is needed by no deploy job");
    }
}
