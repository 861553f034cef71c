package dev.maturity.probes.git.ci;

import dev.maturity.core.facts.Facts;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.GitFacts;
import java.nio.file.Path;
import java.util.List;

/** A repository with CI files and the files they run, read by the CI extractor alone, for reader tests. */
public record CiFixture(Facts facts, Path repo) {

    /** Files every reader test repository holds: tests, an eval suite, training code, a chart. */
    private static final String[] PROJECT = {
        "requirements.txt", "pytest==8.3.3\n",
        "tests/test_features.py", "def test_features():\n    assert True\n",
        "evals/promptfooconfig.yaml", "prompts: [p]\nproviders: [openai:gpt-4o-mini]\ntests: []\n",
        "promptfooconfig.yaml", "prompts: [p]\nproviders: [openai:gpt-4o-mini]\ntests: []\n",
        "src/train.py", "import mlflow\n",
        "charts/assistant/Chart.yaml", "apiVersion: v2\nname: assistant\nversion: 0.1.0\n",
    };

    /** Builds {@code dir/name} with the project files plus the given path/content pairs, and reads it. */
    public static CiFixture of(Path dir, String name, String... pathsAndContents) {
        Path repo = dir.resolve(name);
        try (GitRepoBuilder b = GitRepoBuilder.init(repo)) {
            b.files(PROJECT).files(pathsAndContents);
            b.commit("ci");
        }
        return new CiFixture(GitFacts.collect(repo, new CiExtractor()), repo);
    }

    public List<CiJob> jobs() {
        return facts.of(CiJob.class);
    }

    public CiJob job(String id) {
        return jobs().stream().filter(j -> j.job().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no job " + id + " in " + jobs().stream().map(CiJob::job).toList()));
    }

    /** Unreadable entries as {@code path#Lline: message} (the locator without repo and commit). */
    public List<String> unreadable() {
        return facts.unreadable().stream().map(u -> u.location().locator().replaceFirst("^[^:]+:", "") + ": " + u.message()).toList();
    }
}
