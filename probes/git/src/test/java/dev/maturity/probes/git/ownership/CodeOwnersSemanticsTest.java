package dev.maturity.probes.git.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeOwnersSemanticsTest {

    @TempDir
    Path tmp;

    private ScannedRepo repo(String name, String... pathsAndContents) {
        Path dir = tmp.resolve(name);
        try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
            git.files(pathsAndContents);
            return ScannedRepo.scan(dir, git.commit("files").getName());
        }
    }

    @Test
    void aLaterRuleWithoutOwnersLeavesTheMatchingPathsUnowned() {
        ScannedRepo repo = repo("last-match",
                ".github/CODEOWNERS", "* @acme/eng\n/prompts/experimental/\n",
                "prompts/main.prompty", "---\nname: main\n---\nsystem:\nYou are helpful.\n",
                "prompts/experimental/wild.prompty", "---\nname: wild\n---\nsystem:\nYou are wild.\n");
        Finding f = repo.evaluate(new CodeOwnersCoverMlPathsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("1 of 2 ML path(s) without an owner: prompts/experimental/wild.prompty");
    }

    @Test
    void theGithubDirectoryFileWinsOverTheRootOneAndTheOtherIsShadowed() {
        ScannedRepo repo = repo("first-found",
                ".github/CODEOWNERS", "/evals/ @acme/ml\n",
                "CODEOWNERS", "* @acme/everyone\n",
                "evals/promptfooconfig.yaml", "prompts: [x]\n",
                "train.py", "import sklearn\n");
        CodeOwners owners = repo.facts().of(CodeOwners.class).get(0);
        assertThat(owners.path()).isEqualTo(".github/CODEOWNERS");
        assertThat(owners.shadowed()).containsExactly("CODEOWNERS");
        assertThat(repo.evaluate(new CodeOwnersCoverMlPathsProbe()).summary())
                .isEqualTo("1 of 2 ML path(s) without an owner: train.py");
    }

    @Test
    void gitlabSectionsEachDecideAndSectionDefaultOwnersApply() {
        ScannedRepo repo = repo("gitlab",
                ".gitlab/CODEOWNERS", """
                        [Docs]
                        docs/ @docs

                        [ML] @acme/ml-platform
                        prompts/
                        training/
                        !training/scratch/

                        ^[Optional][2] @acme/reviewers
                        deploy/
                        """,
                "prompts/a.prompty", "---\nname: a\n---\nsystem:\nHi.\n",
                "training/train.py", "model.fit(x, y)\n",
                "training/scratch/try.py", "print(1)\n",
                "deploy/k8s/svc.yaml", "kind: Service\n");
        CodeOwners owners = repo.facts().of(CodeOwners.class).get(0);
        assertThat(owners.flavor()).isEqualTo(CodeOwners.Flavor.GITLAB);
        assertThat(owners.owning("prompts/a.prompty")).singleElement()
                .satisfies(r -> assertThat(r.owners()).containsExactly("@acme/ml-platform"));
        assertThat(owners.owning("training/scratch/try.py")).isEmpty();
        assertThat(owners.owning("deploy/k8s/svc.yaml")).singleElement()
                .satisfies(r -> assertThat(r.section()).isEqualTo("Optional"));
        Finding f = repo.evaluate(new CodeOwnersCoverMlPathsProbe());
        assertThat(f.summary()).isEqualTo("1 of 4 ML path(s) without an owner: training/scratch/try.py");
    }

    @Test
    void linesGithubRejectsAreListedAsUnreadableAndSkipped() {
        ScannedRepo repo = repo("bad-lines",
                "CODEOWNERS", "* @acme/eng\n!prompts/ @nobody\n/prompts/[ab].j2 @acme/ml\n/evals/ not-an-owner\n",
                "evals/cases.yaml", "- q: 1\n");
        assertThat(repo.facts().unreadable()).filteredOn(u -> u.location().locator().contains(":CODEOWNERS")).extracting(u -> u.location().locator(), u -> u.message()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(repo.at("CODEOWNERS", 2, 2),
                        "negation '!' is not supported in GitHub CODEOWNERS; line ignored"),
                org.assertj.core.groups.Tuple.tuple(repo.at("CODEOWNERS", 3, 3),
                        "character ranges '[ ]' are not supported in GitHub CODEOWNERS; line ignored"),
                org.assertj.core.groups.Tuple.tuple(repo.at("CODEOWNERS", 4, 4),
                        "'not-an-owner' is not an owner (@user, @org/team or e-mail)"));
        assertThat(repo.evaluate(new CodeOwnersCoverMlPathsProbe()).summary())
                .isEqualTo("1 of 1 ML path(s) without an owner: evals/cases.yaml");
    }

    @Test
    void withoutCodeownersTheProbeSaysSoAndCitesTheTree() {
        ScannedRepo repo = repo("no-owners", "prompts/a.txt", "Summarise politely.\n");
        Finding f = repo.evaluate(new CodeOwnersCoverMlPathsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("no CODEOWNERS in .github/, root, docs/ or .gitlab/; 1 ML path(s) have no owner");
        assertThat(ScannedRepo.locators(f)).containsExactly(repo.tree());
    }

    @Test
    void aRepositoryWithoutMlPathsOrToolsIsNotApplicable() {
        ScannedRepo repo = repo("plain", "README.md", "# Plain library\n", "lib/util.py", "def f():\n    return 1\n");
        assertThat(repo.evaluate(new CodeOwnersCoverMlPathsProbe()).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        Finding tools = repo.evaluate(new ToolCatalogueOwnedProbe());
        assertThat(tools.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(tools.summary()).startsWith("no tool catalogue in the tree");
    }

    @Test
    void toolSchemasInTestsAreFixturesNotCatalogues() {
        String schema = "TOOL = {\"type\": \"function\", \"function\": {\"name\": \"get_weather\",\n"
                + "    \"parameters\": {\"type\": \"object\", \"properties\": {}}}}\n";
        ScannedRepo repo = repo("tools-in-tests",
                "tests/test_agent.py", schema,
                "src/agent/test_helpers.py", schema,
                ".cursor/mcp.json", "{\"mcpServers\": {\"linear\": {\"url\": \"https://mcp.linear.app/sse\"}}}\n",
                "agent/tools.py", schema);
        assertThat(repo.facts().of(ToolCatalogue.class)).extracting(ToolCatalogue::path, ToolCatalogue::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(".cursor/mcp.json", ToolCatalogue.Kind.MCP_CONFIG),
                org.assertj.core.groups.Tuple.tuple("agent/tools.py", ToolCatalogue.Kind.FUNCTION_SCHEMA));
        assertThat(repo.facts().of(ToolCatalogue.class).get(1).evidence().locator()).isEqualTo(repo.at("agent/tools.py", 1, 2));
    }
}
