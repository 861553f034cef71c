package dev.maturity.probes.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanInputException;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.history.MlChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiRepositoryScanTest {

    private static final Instant AS_OF = Instant.parse("2026-09-01T00:00:00Z");

    @TempDir
    Path tmp;

    private static RevCommit repo(Path dir, String prompt) {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            return repo.at(Instant.parse("2026-08-01T09:00:00Z")).file("prompts/system.txt", prompt).commit("prompt");
        }
    }

    private CollectorResult collect(String... targets) {
        return new GitCollector().collect(new ScanRequest(List.of(targets), null, AS_OF, Map.of(), Map.of(), tmp));
    }

    @Test
    void repositoriesWithTheSameDirectoryNameAreNamedApartInEveryLocator() {
        RevCommit a = repo(tmp.resolve("team-a/ml"), "a\n");
        RevCommit b = repo(tmp.resolve("team-b/ml"), "b\n");

        CollectorResult r = collect("team-a/ml", "team-b/ml");

        assertThat(r.facts()).filteredOn(SourceRead.class::isInstance).map(f -> ((SourceRead) f).name())
                .containsExactly("team-a/ml", "team-b/ml");
        assertThat(r.facts()).filteredOn(MlChange.class::isInstance).map(f -> ((MlChange) f).evidence().locator())
                .containsExactly("team-a/ml@" + a.getName() + ":prompts/system.txt", "team-b/ml@" + b.getName() + ":prompts/system.txt");
    }

    @Test
    void aRepositoryGivenByPathAndByUrlInOneScanGetsTwoNames() {
        repo(tmp.resolve("team-a/ml"), "a\n");
        String url = tmp.resolve("team-a/ml").toUri().toString();

        assertThat(RepositoryOpener.displayNames(List.of("team-a/ml", url, "team-a/ml/prompts"), tmp))
                .containsExactly("team-a/ml", "team-a/ml-2", "team-a/ml-3");
    }

    @Test
    void anEmptyRepositoryAmongSeveralIsAnErrorSourceAndTheOthersAreStillRead() throws Exception {
        RevCommit good = repo(tmp.resolve("good"), "x\n");
        Git.init().setDirectory(tmp.resolve("empty").toFile()).call().close();

        CollectorResult r = collect("empty", "good");

        assertThat(r.sources()).extracting(SourceReport::status).containsExactly(SourceStatus.ERROR, SourceStatus.OK);
        assertThat(r.sources().get(0).message()).isEqualTo("repository has no commits: empty");
        assertThat(r.sources().get(1).revision()).isEqualTo(good.getName());
        assertThat(r.coverage()).allSatisfy(a -> assertThat(a.available()).isTrue());
    }

    @Test
    void corruptObjectsInOneRepositoryDoNotStopTheOthers() throws IOException {
        repo(tmp.resolve("good"), "x\n");
        RevCommit broken = repo(tmp.resolve("broken"), "y\n");
        String id = broken.getName();
        Path object = tmp.resolve("broken/.git/objects/" + id.substring(0, 2) + "/" + id.substring(2));
        object.toFile().setWritable(true);
        Files.write(object, new byte[] {1, 2, 3});

        CollectorResult r = collect("broken", "good");

        assertThat(r.sources()).extracting(SourceReport::status).containsExactly(SourceStatus.ERROR, SourceStatus.OK);
        assertThat(r.sources().get(0).message()).startsWith("cannot read git repository broken: ");
    }

    @Test
    void aSingleTargetThatIsNotARepositoryIsAnInputError() throws IOException {
        Files.createDirectories(tmp.resolve("plain"));

        assertThatThrownBy(() -> collect("plain")).isInstanceOf(ScanInputException.class)
                .hasMessage("not a git repository: plain");
    }

    @Test
    void aDetachedHeadIsScannedAtTheCheckedOutCommit() {
        Path dir = tmp.resolve("detached");
        RevCommit first;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            first = repo.at(Instant.parse("2026-08-01T09:00:00Z")).file("prompts/a.txt", "1\n").commit("one");
            repo.file("prompts/a.txt", "2\n").commit("two");
            repo.detach(first);
        }

        CollectorResult r = collect("detached");

        assertThat(r.sources()).singleElement().satisfies(s -> assertThat(s.revision()).isEqualTo(first.getName()));
        assertThat(r.facts()).filteredOn(MlChange.class::isInstance).hasSize(1);
    }
}
