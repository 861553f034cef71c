package dev.maturity.probes.git.history;

import static dev.maturity.fixtures.git.GitRepoBuilder.ALICE;
import static dev.maturity.fixtures.git.GitRepoBuilder.BOB;
import static dev.maturity.fixtures.git.GitRepoBuilder.GITHUB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.paths.PathKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryExtractorTest {

    @TempDir
    Path tmp;

    @Test
    void eachMlCommitIsRecordedWithHowItArrivedOnTheBranch() {
        Path dir = tmp.resolve("app");
        RevCommit root;
        RevCommit branchCommit;
        RevCommit merge;
        RevCommit squash;
        RevCommit forge;
        RevCommit later;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            root = repo.at(Instant.parse("2026-07-01T09:00:00Z")).as(ALICE).file("prompts/system.txt", "v1\n").commit("first prompt");
            branchCommit = repo.branch("f").as(BOB).file("evals/cases.jsonl", "{}\n").commit("cases");
            merge = repo.checkout("main").as(BOB, GITHUB).merge("f", "Merge pull request #1 from acme/f");
            squash = repo.as(ALICE).file("k8s/deploy.yaml", "kind: Deployment\n").commit("Deploy it (#2)");
            forge = repo.as(BOB, GITHUB).file("model_card.md", "# card\n").commit("Update model_card.md");
            repo.as(ALICE).file("README.md", "not ml\n").commit("readme");
            later = repo.at(Instant.parse("2026-10-01T09:00:00Z")).file("train.py", "x\n").commit("after the scan time");
        }

        Facts facts = Scanned.facts(dir);
        Map<String, MlChange> byId = facts.of(MlChange.class).stream().collect(Collectors.toMap(MlChange::commit, c -> c));

        assertThat(byId).containsOnlyKeys(root.getName(), branchCommit.getName(), merge.getName(), squash.getName(), forge.getName());
        assertThat(byId.get(root.getName()).arrival()).isEqualTo(Arrival.DIRECT);
        assertThat(byId.get(merge.getName())).satisfies(c -> {
            assertThat(c.arrival()).isEqualTo(Arrival.PULL_REQUEST_MERGE);
            assertThat(c.kinds()).isEqualTo(Set.of(PathKind.EVAL, PathKind.EVAL_DATA));
            assertThat(c.mainline()).isTrue();
        });
        assertThat(byId.get(branchCommit.getName())).satisfies(c -> {
            assertThat(c.arrival()).isEqualTo(Arrival.VIA_MERGE);
            assertThat(c.mainline()).isFalse();
            assertThat(c.viaMerge()).isEqualTo(merge.getName());
            assertThat(c.authorEmail()).isEqualTo("bob@example.com");
        });
        assertThat(byId.get(squash.getName()).arrival()).isEqualTo(Arrival.SQUASH_REFERENCE);
        assertThat(byId.get(forge.getName())).satisfies(c -> {
            assertThat(c.arrival()).isEqualTo(Arrival.FORGE_COMMIT);
            assertThat(c.committerEmail()).isEqualTo("noreply@github.com");
            assertThat(c.paths()).containsExactly("model_card.md");
        });
        assertThat(byId).doesNotContainKey(later.getName());
    }

    @Test
    void promptAndEvalActivityIsCountedOverAllHistoryWithTheLastChange() {
        Path dir = tmp.resolve("alive");
        RevCommit last;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2024-01-01T09:00:00Z")).file("prompts/a.txt", "1\n").commit("a");
            repo.file("prompts/a.txt", "2\n").commit("a2");
            last = repo.at(Instant.parse("2026-08-01T09:00:00Z")).file("prompts/b.jinja", "{{ q }}\n").commit("b");
        }

        Facts facts = Scanned.facts(dir);

        assertThat(facts.of(PathActivity.class)).filteredOn(a -> a.kind() == PathKind.PROMPT).singleElement().satisfies(a -> {
            assertThat(a.changes()).isEqualTo(3);
            assertThat(a.lastChanged()).isEqualTo(Instant.parse("2026-08-01T09:00:00Z"));
            assertThat(a.evidence().locator()).isEqualTo("alive@" + last.getName() + ":prompts/b.jinja");
        });
        assertThat(facts.of(MlChange.class)).as("only the last 400 days are kept as records").hasSize(1);
    }

    @Test
    void aShallowCloneMakesHistoryCriteriaUnknownNotUnmet() {
        Path origin = tmp.resolve("origin");
        try (GitRepoBuilder repo = GitRepoBuilder.init(origin)) {
            repo.at(Instant.parse("2026-07-01T09:00:00Z"));
            for (int i = 0; i < 5; i++) {
                repo.file("prompts/system.txt", "v" + i + "\n").commit("prompt v" + i);
            }
            Path shallow = repo.shallowClone(tmp.resolve("ci-checkout"), 1);

            Facts facts = Scanned.facts(shallow);
            Finding f = Scanned.ask(new PromptsChangeByReviewProbe(), facts);

            assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(f.summary()).startsWith("ci-checkout: shallow clone: history is cut off");
            assertThat(Scanned.ask(new EvalSetWeeklyRefreshProbe(), facts).outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(facts.availability("git.tree").available()).isTrue();
        }
    }

    @Test
    void aHistoryWhoseParentsAreMissingIsUnavailableEvenWithoutTheShallowMarker() throws Exception {
        Path origin = tmp.resolve("origin");
        try (GitRepoBuilder repo = GitRepoBuilder.init(origin)) {
            repo.at(Instant.parse("2026-07-01T09:00:00Z"));
            for (int i = 0; i < 3; i++) {
                repo.file("train.py", "v" + i + "\n").commit("train v" + i);
            }
            Path cut = repo.shallowClone(tmp.resolve("cut"), 1);
            java.nio.file.Files.delete(cut.resolve(".git/shallow"));

            Facts facts = Scanned.facts(cut);

            assertThat(facts.availability("git.history").available()).isFalse();
            assertThat(facts.availability("git.history").reason()).startsWith("cut: shallow clone or missing objects: commit history is cut off at ");
            assertThat(Scanned.ask(new MlChangesReviewedProbe(), facts).outcome()).isEqualTo(Outcome.UNKNOWN);
        }
    }
}
