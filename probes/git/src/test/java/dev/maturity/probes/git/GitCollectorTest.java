package dev.maturity.probes.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCollectorTest {

    @TempDir
    Path tmp;

    /** An extractor that records the snapshot it was given. */
    static final class Recording implements Extractor {
        final List<RepoSnapshot> seen = new ArrayList<>();

        @Override
        public void extract(RepoSnapshot repo, Sink sink) {
            seen.add(repo);
        }
    }

    CollectorResult collect(Recording rec, Path repo, String ref) {
        return new GitCollector(List.of(rec)).collect(new ScanRequest(List.of(repo.toString()), ref,
                Instant.parse("2026-11-30T00:00:00Z"), Map.of(), Map.of(), tmp));
    }

    @Test
    void readsTheCommittedTreeNotTheDirtyWorkTree() throws Exception {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("app"))) {
            RevCommit head = repo.file("prompts/system.prompty", "---\nname: x\n---\nYou are helpful.\n").commit("add prompt");
            Files.writeString(repo.dir().resolve("prompts/system.prompty"), "dirty edit");
            Files.writeString(repo.dir().resolve("untracked.py"), "import openai");
            Recording rec = new Recording();
            CollectorResult result = collect(rec, repo.dir(), null);
            RepoSnapshot snap = rec.seen.get(0);
            assertThat(snap.commitId()).isEqualTo(head.getName());
            assertThat(snap.text("prompts/system.prompty")).contains("---\nname: x\n---\nYou are helpful.\n");
            assertThat(snap.exists("untracked.py")).isFalse();
            assertThat(result.sources()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SourceStatus.OK);
                assertThat(s.revision()).isEqualTo(head.getName());
            });
            assertThat(result.facts()).filteredOn(SourceRead.class::isInstance).singleElement()
                    .satisfies(f -> assertThat(f.evidence().locator()).isEqualTo("app@" + head.getName()));
        }
    }

    @Test
    void locatorsPinTheCommitAndLines() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("app"))) {
            RevCommit head = repo.file("a.txt", "1\n2\n3\n").commit("a");
            Recording rec = new Recording();
            collect(rec, repo.dir(), null);
            assertThat(rec.seen.get(0).at("a.txt", 2, 3).locator()).isEqualTo("app@" + head.getName() + ":a.txt#L2-L3");
            assertThat(rec.seen.get(0).digest("a.txt")).startsWith("sha256:");
        }
    }

    @Test
    void anOlderRefCanBeRead() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("app"))) {
            RevCommit first = repo.file("a.txt", "v1").commit("v1");
            repo.tag("v1");
            repo.file("a.txt", "v2").commit("v2");
            Recording rec = new Recording();
            collect(rec, repo.dir(), "v1");
            assertThat(rec.seen.get(0).commitId()).isEqualTo(first.getName());
            assertThat(rec.seen.get(0).text("a.txt")).contains("v1");
        }
    }

    @Test
    void symlinksAreNeverFollowedAndBinaryOrOversizedFilesReadAsEmpty() throws Exception {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("app"))) {
            Path secret = Files.writeString(tmp.resolve("outside-secret.txt"), "TOKEN=abc");
            Files.createSymbolicLink(repo.dir().resolve("link.txt"), secret);
            repo.git().add().addFilepattern("link.txt").call();
            repo.file("model.bin", "PK\u0000\u0001binary");
            repo.file("big.yaml", "x: " + "y".repeat((int) RepoSnapshot.MAX_FILE_BYTES + 10));
            repo.commit("files");
            Recording rec = new Recording();
            collect(rec, repo.dir(), null);
            RepoSnapshot snap = rec.seen.get(0);
            assertThat(snap.exists("link.txt")).isFalse();
            assertThat(snap.text("model.bin")).isEmpty();
            assertThat(snap.text("big.yaml")).isEmpty();
            assertThat(snap.exists("big.yaml")).isTrue();
        }
    }

    @Test
    void testFixturesVendoredCodeAndMaturityignoreGlobsAreNotEvidence() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("app"))) {
            repo.file("src/app.py", "from openai import OpenAI\n")
                    .file("tests/test_model.py", "def test_auc(): assert auc() > 0.8\n")
                    .file("src/test/java/AppTest.java", "String py = \"import openai\";\n")
                    .file("svc/src/test/java/SvcTest.java", "String py = \"import mlflow\";\n")
                    .file("tests/fixtures/prompts/x.prompty", "---\n---\nhi\n")
                    .file("node_modules/openai/index.js", "export default 1;\n")
                    .file("tools/rules.py", "RULES = ['import mlflow']\n")
                    .file(".maturityignore", "# the scanner's rule table\ntools/rules.py\n")
                    .commit("app");
            Recording rec = new Recording();
            CollectorResult result = collect(rec, repo.dir(), null);
            RepoSnapshot snap = rec.seen.get(0);
            assertThat(snap.files()).extracting(RepoFile::path)
                    .containsExactly(".maturityignore", "src/app.py", "tests/test_model.py");
            assertThat(snap.ignoredFiles()).isEqualTo(5);
            assertThat(result.sources().get(0).message()).contains("5 files ignored");
        }
    }
}
