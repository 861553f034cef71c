package dev.maturity.probes.git.paths;

import dev.maturity.probes.git.RepoIgnore;
import java.util.List;
import java.util.Locale;

/**
 * Files that are never the workload's prompts, whatever their names or keys say: CI workflows and
 * pipeline configs, tool configs kept as YAML dotfiles ({@code .golangci.yml},
 * {@code .pre-commit-config.yaml}), and the configs and instructions of coding assistants
 * ({@code AGENTS.md}, {@code CLAUDE.md}, {@code .cursor/}, {@code .gemini/}, {@code .github/prompts/}),
 * which instruct the tools that write the code, not an LLM workload of the repository. Globs are read
 * as {@code .maturityignore} reads them, against lower-cased paths.
 */
public final class NeverPrompt {

    public static final List<String> CI_AND_TOOL_CONFIGS = List.of(".github/workflows/", ".github/actions/",
            ".gitlab-ci.yml", ".gitlab/", "azure-pipelines*.yml", "azure-pipelines*.yaml", ".azure-pipelines/",
            ".circleci/", "bitbucket-pipelines.yml", "jenkinsfile", ".buildkite/", ".drone.yml", ".woodpecker/",
            ".woodpecker.yml", "cloudbuild*.yaml", "cloudbuild*.yml", ".taskcluster.yml", ".travis.yml", ".tekton/",
            ".*.yml", ".*.yaml");

    public static final List<String> CODING_ASSISTANTS = List.of("agents.md", "claude.md", "gemini.md", "copilot-instructions.md",
            ".github/prompts/", ".github/instructions/", ".github/chatmodes/", ".github/agents/", ".github/copilot/",
            "*.instructions.md", "*.chatmode.md", ".cursor/", ".cursorrules",
            ".claude/", ".gemini/", ".windsurf/", ".windsurfrules", ".clinerules", ".clinerules/", ".continue/", ".codex/",
            ".roo/", ".kiro/", ".junie/", ".amazonq/", ".augment/", ".opencode/", ".qwen/", ".aider*");

    private static final RepoIgnore TOOLS = RepoIgnore.of(CI_AND_TOOL_CONFIGS);
    private static final RepoIgnore ASSISTANTS = RepoIgnore.of(CODING_ASSISTANTS);

    private NeverPrompt() {
    }

    /** True for a CI workflow, a YAML dotfile tool config or a coding-assistant config. */
    public static boolean matches(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return TOOLS.ignored(p) || ASSISTANTS.ignored(p);
    }

    /** True for a coding assistant's config or instructions: never an LLM workload of the repository. */
    public static boolean codingAssistant(String path) {
        return ASSISTANTS.ignored(path.toLowerCase(Locale.ROOT));
    }
}
