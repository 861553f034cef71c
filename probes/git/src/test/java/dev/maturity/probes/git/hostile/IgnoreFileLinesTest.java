package dev.maturity.probes.git.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.IgnoredFiles;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.git.HostileObjects;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.GitFacts;
import dev.maturity.probes.git.history.HistoryExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .maturityignore} line that cannot be applied is reported with the file, its line and the
 * pattern, and skipped; the other lines apply. A {@code .maturityignore} that cannot be read at all
 * is reported, and the scan goes on with the default exclusions.
 */
class IgnoreFileLinesTest {

    @TempDir
    Path tmp;

    private static Map<String, Integer> ignoredByRule(Facts facts) {
        return facts.of(IgnoredFiles.class).stream().collect(Collectors.toMap(IgnoredFiles::rule, IgnoredFiles::count));
    }

    private Path repo(String name, String ignoreFile) {
        Path dir = tmp.resolve(name);
        try (GitRepoBuilder b = GitRepoBuilder.init(dir)) {
            b.files("tools/rules.py", "RULES = ['import mlflow']\n", "vendored/lib.py", "import torch\n",
                    "src/train.py", "import mlflow\n", ".maturityignore", ignoreFile).commit("app");
        }
        return dir;
    }

    @Test
    void aBadLineIsReportedWithFileLineAndPatternAndTheRestApplies() {
        String tooLong = "docs/" + "x".repeat(5000);
        Path dir = repo("app", "# the scanner's rule table\ntools/rules.py\n" + tooLong + "\nvendored/\n");
        Facts facts = GitFacts.collect(dir, new HistoryExtractor());
        String at = "app@" + GitFacts.head(dir) + ":.maturityignore";
        assertThat(facts.unreadable()).extracting(u -> u.location().locator() + " " + u.message()).containsExactly(
                at + "#L3 .maturityignore line 3: pattern '" + tooLong.substring(0, 80) + "…' skipped: longer than 4096 characters");
        assertThat(ignoredByRule(facts)).containsEntry("tools/rules.py", 1).containsEntry("vendored/", 1);
        assertThat(facts.availability(GitCollector.TREE).available()).isTrue();
    }

    @Test
    void aLargeIgnoreFileIsReadWhole() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            sb.append("generated/module_").append(i).append("/\n");
        }
        sb.append("vendored/\n"); // past the first 64 KiB
        assertThat(sb.length()).isGreaterThan(64 * 1024);
        Path dir = repo("large", sb.toString());
        Facts facts = GitFacts.collect(dir, new HistoryExtractor());
        assertThat(facts.unreadable()).isEmpty();
        assertThat(ignoredByRule(facts)).containsEntry("vendored/", 1);
    }

    @Test
    void aCorruptIgnoreFileIsReportedAndTheDefaultsApply() throws IOException {
        Path dir = repo("corrupt", "vendored/\n");
        ObjectId blob;
        try (Git git = Git.open(dir.toFile())) {
            blob = HostileObjects.corruptBlob(git.getRepository(), "tools/\n");
            HostileObjects.commitFile(git.getRepository(), GitRepoBuilder.ALICE, "damaged", ".maturityignore", blob);
            HostileObjects.commitFile(git.getRepository(), GitRepoBuilder.ALICE, "fixtures", "fixtures/case.py",
                    git.getRepository().resolve("HEAD:src/train.py"));
        }
        Facts facts = GitFacts.collect(dir, new HistoryExtractor());
        assertThat(facts.availability(GitCollector.TREE).available()).isTrue();
        assertThat(facts.unreadable()).extracting(u -> u.location().locator() + " " + u.message()).singleElement().asString().startsWith(
                "corrupt@" + GitFacts.head(dir) + ":.maturityignore .maturityignore: file not read (blob " + blob.getName()
                        + " cannot be read (corrupt object)");
        assertThat(ignoredByRule(facts)).containsOnlyKeys("fixtures/");
    }
}
