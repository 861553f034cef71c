package dev.maturity.probes.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.spi.ScanInputException;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy read at the baseline's ref: a change gated against {@code main} is judged by the
 * {@code .maturityignore} and policy files committed there, not by the ones it brings.
 */
class PolicyRefTest {

    @TempDir
    Path tmp;

    private RepoSnapshot snapshot(Path repo, String ref, Map<String, String> options) {
        GitCollectorTest.Recording rec = new GitCollectorTest.Recording();
        new GitCollector(List.of(rec)).collect(new ScanRequest(List.of(repo.toString()), ref,
                Instant.parse("2026-11-30T00:00:00Z"), options, Map.of(), tmp));
        return rec.seen.get(0);
    }

    @Test
    void an_ignore_line_the_change_adds_does_not_apply_when_the_policy_ref_is_main() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("app"))) {
            repo.file("src/app.py", "from openai import OpenAI\n").file("evals/promptfooconfig.yaml", "tests: []\n")
                    .file(".maturityignore", "# vendored docs\ndocs/vendor/\n").commit("app");
            RevCommit change = repo.branch("hide-evals").file(".maturityignore", "# vendored docs\ndocs/vendor/\nevals/\n")
                    .file("evals/promptfooconfig.yaml", "tests: [broken]\n").commit("hide the evals");

            RepoSnapshot own = snapshot(repo.dir(), null, Map.of());
            RepoSnapshot judged = snapshot(repo.dir(), null, Map.of(GitCollector.POLICY_REF, "main"));

            assertThat(own.exists("evals/promptfooconfig.yaml")).isFalse();
            assertThat(judged.commitId()).isEqualTo(change.getName());
            assertThat(judged.exists("evals/promptfooconfig.yaml")).isTrue();
            assertThat(judged.text("evals/promptfooconfig.yaml")).contains("tests: [broken]\n");
            assertThat(judged.ignoredFiles()).isZero();
        }
    }

    @Test
    void a_policy_file_in_the_work_tree_is_read_as_committed_at_the_ref() throws Exception {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("app"))) {
            RevCommit main = repo.file(".maturity/waivers.yaml", "waivers: []\n").file("src/app.py", "x = 1\n").commit("app");
            repo.branch("change").file(".maturity/waivers.yaml", "waivers: [mine]\n").file("src/new.py", "y = 2\n").commit("change");
            Files.writeString(repo.dir().resolve("src/new.py"), "dirty\n");

            Optional<CommittedFile.At> waivers = CommittedFile.read(Path.of("app/.maturity/waivers.yaml"),
                    List.of("app"), tmp, "main");
            Optional<CommittedFile.At> added = CommittedFile.read(repo.dir().resolve("src/new.py"), List.of(repo.dir().toString()),
                    tmp, "main");
            Optional<CommittedFile.At> outside = CommittedFile.read(tmp.resolve("trusted/waivers.yaml"), List.of("app"), tmp, "main");

            assertThat(waivers).get().isEqualTo(new CommittedFile.At(".maturity/waivers.yaml", main.getName(),
                    Optional.of("waivers: []\n")));
            assertThat(added).get().satisfies(a -> assertThat(a.text()).isEmpty());
            assertThat(outside).isEmpty();
            assertThatThrownBy(() -> CommittedFile.read(repo.dir().resolve(".maturity/waivers.yaml"), List.of("app"), tmp, "nope"))
                    .isInstanceOf(ScanInputException.class).hasMessage("ref 'nope' not found in app");
        }
    }

    @Test
    void a_folder_of_the_work_tree_the_change_made_a_file_is_not_a_regular_file_at_the_ref() throws Exception {
        try (GitRepoBuilder repo = GitRepoBuilder.init(tmp.resolve("app"))) {
            repo.file(".maturity/waivers.yaml/inner", "x\n").commit("a folder where the waiver file would be");
            assertThatThrownBy(() -> CommittedFile.read(repo.dir().resolve(".maturity/waivers.yaml"), List.of("app"), tmp, "main"))
                    .isInstanceOf(ScanInputException.class).hasMessageContaining(".maturity/waivers.yaml at main is not a regular file");
        }
    }
}
