package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report says what it left out: ignored files with the rule that ignored each, and blobs it could not read. */
class LeftOutFilesTest {

    @TempDir
    Path tmp;

    @Test
    void verboseListsIgnoredFilesByRuleAndMissingBlobsAsUnreadable() throws Exception {
        Path dir = tmp.resolve("app");
        String head;
        ObjectId lost;
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            RevCommit c = repo.file("src/app.py", "from openai import OpenAI\n")
                    .file("prompts/system.txt", "You are the support assistant of Acme.\n")
                    .file("node_modules/openai/index.js", "export default 1;\n")
                    .file("tests/fixtures/prompts/x.prompty", "---\n---\nhi\n")
                    .file("tools/rules.py", "RULES = ['import mlflow']\n")
                    .file(".maturityignore", "tools/rules.py\n")
                    .commit("app");
            head = c.getName();
            try (TreeWalk walk = TreeWalk.forPath(repo.git().getRepository(), "prompts/system.txt", c.getTree())) {
                lost = walk.getObjectId(0);
            }
        }
        String hex = lost.getName();
        Files.delete(dir.resolve(".git/objects/" + hex.substring(0, 2) + "/" + hex.substring(2)));

        CliRun run = CliRun.of("scan", dir.toString(), "--verbose");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("unreadable (1):\n  app@" + head + ":prompts/system.txt: blob " + hex
                + " is missing from the object store (partial or damaged clone): not read\n");
        assertThat(run.out()).contains("ignored (3 files left out on purpose):\n"
                + "  app@" + head + " by node_modules/ (1 file)\n"
                + "        app@" + head + ":node_modules/openai/index.js\n"
                + "  app@" + head + " by fixtures/ (1 file)\n"
                + "        app@" + head + ":tests/fixtures/prompts/x.prompty\n"
                + "  app@" + head + " by tools/rules.py (1 file)\n"
                + "        app@" + head + ":tools/rules.py\n");

        Path json = tmp.resolve("report.json");
        assertThat(CliRun.of("scan", dir.toString(), "--format", "json", "-o", json.toString()).exitCode()).isZero();
        assertThat(Files.readString(json)).contains("\"ignored\" : [ {", "\"rule\" : \"node_modules/\"", "\"files\" : 1");
    }
}
