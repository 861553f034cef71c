package dev.maturity.probes.git.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The examples of GitHub's "About code owners" page, path by path. */
class OwnerPatternTest {

    private static boolean owns(String pattern, String path) {
        return OwnerPattern.compile(pattern).matches(path);
    }

    @Test
    void aStarOwnsEveryFileAtAnyDepth() {
        assertThat(owns("*", "README.md")).isTrue();
        assertThat(owns("*", "some/deeply/nested/file.rb")).isTrue();
    }

    @Test
    void anExtensionPatternMatchesAtAnyDepth() {
        assertThat(owns("*.js", "web/app/main.js")).isTrue();
        assertThat(owns("*.js", "web/app/main.jsx")).isFalse();
    }

    @Test
    void aLeadingSlashAnchorsADirectoryToTheRootAndOwnsEverythingBeneath() {
        assertThat(owns("/build/logs/", "build/logs/2026/run.log")).isTrue();
        assertThat(owns("/build/logs/", "src/build/logs/run.log")).isFalse();
        assertThat(owns("/build/logs/", "build/logs")).isFalse();
    }

    @Test
    void anUnanchoredDirectoryMatchesAnywhere() {
        assertThat(owns("apps/", "apps/web/index.ts")).isTrue();
        assertThat(owns("apps/", "services/apps/api/main.go")).isTrue();
    }

    @Test
    void dirStarOwnsOnlyTheFilesDirectlyInside() {
        assertThat(owns("docs/*", "docs/getting-started.md")).isTrue();
        assertThat(owns("docs/*", "docs/build-app/troubleshooting.md")).isFalse();
    }

    @Test
    void doubleStarCrossesDirectories() {
        assertThat(owns("**/logs", "logs/a.log")).isTrue();
        assertThat(owns("**/logs", "deep/down/logs/a.log")).isTrue();
        assertThat(owns("/docs/**/*.md", "docs/a/b/c.md")).isTrue();
        assertThat(owns("/docs/**/*.md", "docs/c.md")).isTrue();
        assertThat(owns("/docs/**/*.md", "docs/c.txt")).isFalse();
        assertThat(owns("prompts/**", "prompts/support/answer.prompty")).isTrue();
    }

    @Test
    void aPlainNameOwnsAFileOrADirectoryOfThatName() {
        assertThat(owns("CODEOWNERS", ".github/CODEOWNERS")).isTrue();
        assertThat(owns("prompts", "src/prompts/system.j2")).isTrue();
        assertThat(owns("prompts", "src/prompts.py")).isFalse();
    }

    @Test
    void escapedSpacesAreLiteral() {
        assertThat(owns("path\\ with\\ spaces/", "path with spaces/file.txt")).isTrue();
    }
}
