package dev.maturity.probes.git.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.GitFacts;
import dev.maturity.probes.git.eval.EvalSuiteExtractor;
import dev.maturity.probes.git.eval.EvalSuiteInCiProbe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CI configuration the scanner recognises but does not read makes CI criteria UNKNOWN, naming the system. */
class CiSeenNotReadTest {

    private static final String SUITE = """
            prompts: [file://prompts/answer.txt]
            providers: [openai:gpt-4o-mini]
            tests:
              - vars:
                  question: When am I billed?
                assert:
                  - type: icontains
                    value: first day
            """;

    private static final String TRAVIS = """
            language: node_js
            node_js: ["22"]
            script:
              - npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
            """;

    @TempDir
    Path dir;

    private Facts scan(String... files) {
        Path repo = dir.resolve("assistant");
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.files(files).file("promptfooconfig.yaml", SUITE).file("prompts/answer.txt", "Answer: {{question}}\n");
            b.commit("assistant");
        }
        return GitFacts.collect(repo, new CiExtractor(), new EvalSuiteExtractor());
    }

    private static Finding inCi(Facts facts) {
        return new EvalSuiteInCiProbe().evaluate(facts, new ProbeContext(Track.LLM, GitFacts.AS_OF, Map.of()));
    }

    @Test
    void aRepositoryWhoseOnlyCiIsTravisIsUnknownNotNotMet() {
        Facts facts = scan(".travis.yml", TRAVIS);
        assertThat(facts.availability(GitCollector.CI).available()).isFalse();
        assertThat(facts.availability(GitCollector.CI).reason())
                .isEqualTo("assistant: CI present: Travis CI (.travis.yml), not interpreted: the scanner has no reader for Travis CI");
        assertThat(facts.of(CiConfig.class)).extracting(CiConfig::system, CiConfig::path, CiConfig::interpreted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("travis", ".travis.yml", false));
        assertThat(facts.unreadable()).extracting(u -> u.location().locator() + " " + u.message())
                .containsExactly("assistant@" + GitFacts.head(dir.resolve("assistant")) + ":.travis.yml CI present: Travis CI"
                        + " (.travis.yml), not interpreted: the scanner has no reader for Travis CI");
        Finding f = inCi(facts);
        assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(f.summary()).isEqualTo("promptfooconfig.yaml is not run by any CI job; assistant: CI present: Travis CI"
                + " (.travis.yml), not interpreted: the scanner has no reader for Travis CI");
        assertThat(f.evidence()).extracting(Evidence::locator).anyMatch(l -> l.endsWith(":.travis.yml"));
    }

    @Test
    void aReadCiThatRunsTheSuiteStillMeetsItBesideAnUnreadOne() {
        Facts facts = scan(".travis.yml", TRAVIS, ".github/workflows/eval.yml", """
                on: [pull_request]
                jobs:
                  eval:
                    runs-on: ubuntu-latest
                    steps:
                      - run: npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
                """);
        assertThat(inCi(facts).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void withOnlyReadCiTheDomainIsReadAndAMissingRunIsNotMet() {
        Facts facts = scan(".github/workflows/lint.yml", "on: [pull_request]\njobs:\n  lint:\n    runs-on: x\n    steps:\n      - run: ruff check\n");
        assertThat(facts.availability(GitCollector.CI).available()).isTrue();
        assertThat(inCi(facts).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void readersAreCreatedOnlyForSystemsWhoseFilesAreInTheTree() {
        Path repo = dir.resolve("gha-only");
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.file(".github/workflows/ci.yml", "on: [push]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest\n");
            b.commit("ci");
        }
        List<CiSystem> created = new ArrayList<>();
        GitFacts.collect(repo, new CiExtractor(created::add));
        assertThat(created).containsExactly(CiSystem.GITHUB);
    }
}
