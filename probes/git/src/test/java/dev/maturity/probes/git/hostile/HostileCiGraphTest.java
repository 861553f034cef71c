package dev.maturity.probes.git.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.Unreadable;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.GitFacts;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.GithubWorkflowExtractor;
import dev.maturity.probes.git.ci.GitlabCiExtractor;
import dev.maturity.probes.git.eval.EvalGateBeforeDeployProbe;
import dev.maturity.probes.git.eval.EvalSuiteExtractor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI graphs built to blow up path enumeration: long {@code needs:} chains, thousands of jobs,
 * {@code extends:} diamonds. Each is read and judged in bounded time; a file past the job cap is
 * unreadable with the reason.
 */
class HostileCiGraphTest {

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

    /** eval, then a chain of {@code length} jobs each needing the one before, then deploy needing the last. */
    static String chain(int length) {
        StringBuilder sb = new StringBuilder("name: ci\non: [push]\njobs:\n  eval:\n    runs-on: ubuntu-latest\n    steps:\n"
                + "      - run: npx promptfoo@0.112.4 eval -c promptfooconfig.yaml\n");
        String previous = "eval";
        for (int i = 0; i < length; i++) {
            sb.append("  step").append(i).append(":\n    runs-on: ubuntu-latest\n    needs: [").append(previous)
                    .append("]\n    steps:\n      - run: echo ").append(i).append('\n');
            previous = "step" + i;
        }
        sb.append("  deploy:\n    runs-on: ubuntu-latest\n    needs: [").append(previous)
                .append("]\n    environment: production\n    steps:\n      - run: helm upgrade --install a charts/a\n");
        return sb.toString();
    }

    private Facts collect(String name, String... pathsAndContents) {
        Path repo = dir.resolve(name);
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.files(pathsAndContents).commit("ci");
        }
        return GitFacts.collect(repo, new GithubWorkflowExtractor(), new GitlabCiExtractor(), new EvalSuiteExtractor());
    }

    private static Finding gate(Facts facts) {
        return new EvalGateBeforeDeployProbe().evaluate(facts, new ProbeContext(Track.LLM, GitFacts.AS_OF, Map.of()));
    }

    @Test
    void aNeedsChainAsLongAsTheJobCapAllowsIsFollowedInLinearTime() {
        long start = System.nanoTime();
        Facts facts = collect("chain", ".github/workflows/ci.yml", chain(CiJob.MAX_JOBS_PER_FILE - 2),
                "promptfooconfig.yaml", SUITE);
        Finding f = gate(facts);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).startsWith("deploy job(s) [.github/workflows/ci.yml#deploy (push, tag)] need eval job .github/workflows/ci.yml#eval");
        assertThat(facts.of(CiJob.class)).hasSize(CiJob.MAX_JOBS_PER_FILE);
        assertThat(elapsed).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aWorkflowWithTwentyThousandJobsIsUnreadableWithTheReason() {
        StringBuilder sb = new StringBuilder("on: [push]\njobs:\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("  j").append(i).append(": {runs-on: x}\n");
        }
        long start = System.nanoTime();
        Facts facts = collect("wide", ".github/workflows/wide.yml", sb.toString(), ".github/workflows/ok.yml",
                "on: [push]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest\n");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(facts.unreadable()).extracting(Unreadable::message).containsExactly("GitHub Actions: more than 1000 jobs (20000)");
        assertThat(facts.unreadable().get(0).location().toString()).contains(".github/workflows/wide.yml");
        assertThat(facts.of(CiJob.class)).extracting(CiJob::job).containsExactly("test");
        assertThat(elapsed).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aGitlabPipelineOfOneJobPerStageIsReadInBoundedTime() {
        StringBuilder sb = new StringBuilder("stages: [");
        for (int i = 0; i < 900; i++) {
            sb.append(i == 0 ? "" : ", ").append('s').append(i);
        }
        sb.append("]\n");
        for (int i = 0; i < 900; i++) {
            sb.append("j").append(i).append(":\n  stage: s").append(i).append("\n  script: [echo ").append(i).append("]\n");
        }
        sb.append("deploy:\n  stage: s899\n  environment: production\n  script: [helm upgrade --install a charts/a]\n");
        long start = System.nanoTime();
        Facts facts = collect("stages", ".gitlab-ci.yml", sb.toString());
        Finding f = gate(facts);
        assertThat(facts.of(CiJob.class)).hasSize(901);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void anExtendsDiamondIsResolvedOncePerTemplate() {
        StringBuilder sb = new StringBuilder(".t0:\n  image: python\n  script: [pytest]\n");
        for (int i = 1; i <= 9; i++) {
            sb.append(".t").append(i).append(":\n  extends: [");
            for (int j = 0; j < 8; j++) {
                sb.append(j == 0 ? "" : ", ").append(".t").append(i - 1);
            }
            sb.append("]\n  variables: {L").append(i).append(": x}\n");
        }
        sb.append(".loop:\n  extends: [").append(String.join(", ", java.util.Collections.nCopies(50, ".loop"))).append("]\n");
        for (int i = 0; i < 200; i++) {
            sb.append("job").append(i).append(":\n  extends: [.t9, .t8, .t7, .loop]\n");
        }
        long start = System.nanoTime();
        Facts facts = collect("diamond", ".gitlab-ci.yml", sb.toString());
        assertThat(facts.of(CiJob.class)).hasSize(200).allMatch(j -> j.commands().equals(java.util.List.of("pytest")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
}
