package dev.maturity.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.git.HostileObjects;
import dev.maturity.fixtures.git.HostileObjects.Entry;
import dev.maturity.fixtures.platforms.ClassicalProject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.FileMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar users run, in a 512 MiB heap, against the churn project with a tree bomb committed beside
 * it: twelve objects, ten billion paths. The scan ends within a minute with exit 0, names the
 * skipped tree under {@code unreadable}, and scores every criterion exactly as the same project
 * whose last commit adds nothing.
 */
class JarTreeBombIT {

    @TempDir
    Path dir;

    /** The churn project and a last commit by the same person at the same time: with the bomb, or with the tree unchanged. */
    private static String project(Path repo, boolean bomb) throws IOException {
        try (GitRepoBuilder b = ClassicalProject.create(repo)) {
            var r = b.git().getRepository();
            Entry[] added = bomb ? new Entry[] {new Entry("bomb", FileMode.TREE, HostileObjects.treeBomb(r, 10, 10))} : new Entry[0];
            return HostileObjects.commitWith(r, GitRepoBuilder.ALICE, "assets", added).getName();
        }
    }

    private JarRun scan(Path repo, String home) {
        long start = System.nanoTime();
        JarRun run = JarRun.of(dir.resolve(home), Map.of(), List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"),
                "scan", repo.toString(), "--as-of", "2026-11-30", "--format", "json");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("scan time").isLessThan(Duration.ofSeconds(60));
        return run;
    }

    /**
     * Each axis's levels, then each criterion's outcome, summary and evidence (locator and detail, as
     * a set: the order evidence is cited in is not a score), the head commit written as HEAD and the
     * history walk's note on what it left out removed.
     */
    private static List<String> scores(JsonNode report, String head, String note) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode axis : report.path("axes")) {
            String at = axis.path("axis").asText() + "/" + axis.path("track").asText();
            out.add(at + " level " + axis.path("level").asText() + " ceiling " + axis.path("ceiling").asText()
                    + " with waivers " + axis.path("levelWithWaivers").asText());
            for (JsonNode c : axis.path("criteria")) {
                java.util.TreeSet<String> evidence = new java.util.TreeSet<>();
                c.path("evidence").forEach(e -> evidence.add(e.path("locator").asText() + " " + e.path("detail").asText()));
                out.add((at + " " + c.path("id").asText() + " " + c.path("outcome").asText() + ": " + c.path("summary").asText()
                        + " " + evidence).replace(head, "HEAD").replace(note, ""));
            }
        }
        return out;
    }

    @Test
    void a_tree_bomb_is_skipped_named_and_the_rest_scored_as_without_it() throws IOException {
        Path bombed = dir.resolve("with-bomb").resolve("churn-model");
        Path clean = dir.resolve("without").resolve("churn-model");
        String bombedHead = project(bombed, true);
        String cleanHead = project(clean, false);
        String bombTree;
        try (GitRepoBuilder b = GitRepoBuilder.open(bombed)) {
            bombTree = b.git().getRepository().resolve("HEAD:bomb").getName();
        }

        JsonNode withBomb = scan(bombed, "home-bomb").report(0);
        JsonNode without = scan(clean, "home-clean").report(0);

        assertThat(withBomb.path("unreadable")).hasSize(1);
        assertThat(withBomb.path("unreadable").get(0).path("locator").asText()).isEqualTo("churn-model@" + bombedHead + ":bomb");
        assertThat(withBomb.path("unreadable").get(0).path("message").asText()).isEqualTo("tree " + bombTree
                + " expands to 11111111110 paths, 10 levels deep, more than 2000000 paths: skipped");
        assertThat(without.path("unreadable")).isEmpty();
        assertThat(withBomb.path("sources").get(0).path("status").asText()).isEqualTo("OK");
        assertThat(withBomb.path("axes").size()).isEqualTo(10);
        // the history walk's evidence says what its diffs left out; nothing else differs
        String note = "; subtrees past the tree bounds left out of the diffs: bomb";
        assertThat(withBomb.path("axes").toString()).contains(note);
        assertThat(scores(withBomb, bombedHead, note)).containsExactlyElementsOf(scores(without, cleanHead, note));
        assertThat(withBomb.path("summary").toString().replace(bombedHead, "HEAD"))
                .isEqualTo(without.path("summary").toString().replace(cleanHead, "HEAD"));
    }
}
