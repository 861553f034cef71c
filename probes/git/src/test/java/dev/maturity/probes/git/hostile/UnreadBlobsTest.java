package dev.maturity.probes.git.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.git.HostileObjects;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.GitFacts;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.ci.CiExtractor;
import dev.maturity.probes.git.eval.EvalSuiteExtractor;
import dev.maturity.probes.git.eval.EvalSuiteInCiProbe;
import dev.maturity.probes.git.eval.EvalSuiteWithCasesProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every blob the scanner needs is read or accounted for: a large eval config is read whole; a
 * workflow that is corrupt in the object store or binary under its {@code .yml} name is listed
 * under {@code unreadable} with the reason, and the criteria it could have proven are
 * {@code UNKNOWN}, never {@code NOT_MET}.
 */
class UnreadBlobsTest {

    @TempDir
    Path tmp;

    private static final String WORKFLOW = """
            on: [pull_request]
            jobs:
              eval:
                runs-on: ubuntu-latest
                steps:
                  - run: npx promptfoo@0.112.4 eval -c promptfooconfig.yaml
            """;

    /** A promptfoo suite of {@code cases} inline tests, each with an assertion, as a large team's config looks. */
    static String promptfoo(int cases) {
        StringBuilder sb = new StringBuilder("""
                description: Billing assistant regression suite
                prompts: [file://prompts/answer.txt]
                providers: [openai:gpt-4o-mini]
                tests:
                """);
        for (int i = 0; i < cases; i++) {
            sb.append("  - description: invoice question ").append(i).append('\n')
                    .append("    vars:\n      question: When is invoice INV-").append(100000 + i)
                    .append(" due, and can I pay it in two instalments without a late fee?\n")
                    .append("    assert:\n      - type: icontains\n        value: due on the first day of the month\n");
        }
        return sb.toString();
    }

    private static Finding run(dev.maturity.core.spi.Probe probe, Facts facts) {
        return probe.evaluate(facts, new ProbeContext(Track.LLM, GitFacts.AS_OF, Map.of()));
    }

    private Path suiteRepo(String name, String config) {
        Path repo = tmp.resolve(name);
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.file("promptfooconfig.yaml", config).file("prompts/answer.txt", "Answer: {{question}}\n")
                    .file(".github/workflows/eval.yml", WORKFLOW).commit("suite");
        }
        return repo;
    }

    @Test
    void aTwoMegabyteSuiteScoresLikeTheSmallOne() {
        String big = promptfoo(9_000);
        assertThat(big.length()).isBetween(2_000_000, 2_500_000);
        Facts small = GitFacts.collect(suiteRepo("small", promptfoo(7)), new CiExtractor(), new EvalSuiteExtractor());
        Facts large = GitFacts.collect(suiteRepo("large", big), new CiExtractor(), new EvalSuiteExtractor());

        for (var probe : java.util.List.of(new EvalSuiteWithCasesProbe(), new EvalSuiteInCiProbe())) {
            assertThat(run(probe, large).outcome()).as(probe.metadata().id()).isEqualTo(Outcome.MET)
                    .isEqualTo(run(probe, small).outcome());
        }
        assertThat(run(new EvalSuiteWithCasesProbe(), large).summary())
                .isEqualTo("1 llm eval suite(s) with cases: promptfoo suite promptfooconfig.yaml (9000 cases, with assertions)");
        assertThat(large.unreadable()).isEmpty();
    }

    @Test
    void aCorruptWorkflowIsListedAndItsCriteriaAreUnknown() throws IOException {
        Path repo = suiteRepo("corrupt", promptfoo(3));
        ObjectId blob;
        try (Git git = Git.open(repo.toFile())) {
            blob = HostileObjects.corruptBlob(git.getRepository(), WORKFLOW.replace("pull_request", "push"));
            HostileObjects.commitFile(git.getRepository(), GitRepoBuilder.ALICE, "damaged", ".github/workflows/eval.yml", blob);
        }
        Facts facts = GitFacts.collect(repo, new CiExtractor(), new EvalSuiteExtractor());

        assertThat(facts.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.location().locator()).isEqualTo("corrupt@" + GitFacts.head(repo) + ":.github/workflows/eval.yml");
            assertThat(u.message()).startsWith("GitHub Actions: blob " + blob.getName() + " cannot be read");
        });
        assertThat(facts.availability(GitCollector.CI).available()).isFalse();
        Finding inCi = run(new EvalSuiteInCiProbe(), facts);
        assertThat(inCi.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(inCi.summary()).startsWith("promptfooconfig.yaml is not run by any CI job; corrupt: CI present: GitHub Actions"
                + " (.github/workflows/eval.yml), not read: blob " + blob.getName() + " cannot be read");
        assertThat(run(new EvalSuiteWithCasesProbe(), facts).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aBinaryBlobUnderAYamlNameIsListedWithTheReason() {
        Path repo = tmp.resolve("binary");
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.file("promptfooconfig.yaml", "prompts: [file://p.txt]\u0000\u0001\u0002 tests: []\n").file("p.txt", "x\n")
                    .file(".github/workflows/eval.yml", WORKFLOW).commit("binary");
        }
        Facts facts = GitFacts.collect(repo, new CiExtractor(), new EvalSuiteExtractor());

        assertThat(facts.unreadable()).extracting(u -> u.location().locator() + " " + u.message()).containsExactly(
                "binary@" + GitFacts.head(repo) + ":promptfooconfig.yaml binary content (a NUL byte at offset 23) under a text"
                        + " name: not read");
        Finding cases = run(new EvalSuiteWithCasesProbe(), facts);
        assertThat(cases.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(cases.summary()).isEqualTo("no llm eval suite found; 1 file(s) could not be read: promptfooconfig.yaml"
                + " (binary content (a NUL byte at offset 23) under a text name: not read)");
    }

    @Test
    void binaryFilesUnderBinaryNamesAreWhatTheirFormatHoldsAndLeaveCriteriaNotMet() {
        Path repo = tmp.resolve("images");
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.file("docs/architecture.png", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR")
                    .file("data/train.tsv.bz2", "BZh91AY&SY\u0000\u0001")
                    .file("models/model.pt", "PK\u0003\u0004\u0000\u0000")
                    .file(".github/workflows/eval.yml", WORKFLOW).commit("binaries");
        }
        Facts facts = GitFacts.collect(repo); // every installed extractor: some sniff every file

        assertThat(facts.unreadable()).isEmpty();
        Finding cases = run(new EvalSuiteWithCasesProbe(), facts);
        assertThat(cases.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(cases.summary()).isEqualTo("no llm eval suite found");
    }

    @Test
    void aFileOverTheCapIsListedWithItsSize() {
        Path repo = tmp.resolve("huge");
        int size = (int) RepoSnapshot.MAX_FILE_BYTES + 10;
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.file(".github/workflows/eval.yml", "on: [push]\n" + "#".repeat(size - 11)).commit("huge");
        }
        Facts facts = GitFacts.collect(repo, new CiExtractor());
        assertThat(facts.unreadable()).extracting(u -> u.message())
                .containsExactly("GitHub Actions: " + size + " bytes, larger than the 32 MiB read: not read");
        assertThat(facts.availability(GitCollector.CI).available()).isFalse();
    }
}
