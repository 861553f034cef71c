package dev.maturity.core.glob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.glob.GitignorePattern.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** gitignore's rules as {@code .maturityignore} reads them, and the few ways CODEOWNERS differs. */
class GitignorePatternTest {

    private static boolean ignores(String pattern, String path) {
        return GitignorePattern.compile(pattern, Dialect.IGNORE, false).matches(path);
    }

    @Test
    void aNameWithoutSlashMatchesAtAnyDepthAndCoversADirectoryOfThatName() {
        assertThat(ignores("*.ipynb", "notebooks/explore.ipynb")).isTrue();
        assertThat(ignores("scratch", "scratch")).isTrue();
        assertThat(ignores("scratch", "a/scratch/notes.md")).isTrue();
        assertThat(ignores("scratch", "a/scratchpad.md")).isFalse();
    }

    @Test
    void aLeadingOrInnerSlashAnchorsAtTheRoot() {
        assertThat(ignores("/build", "build/out.txt")).isTrue();
        assertThat(ignores("/build", "src/build/out.txt")).isFalse();
        assertThat(ignores("docs/internal", "docs/internal/x.md")).isTrue();
        assertThat(ignores("docs/internal", "a/docs/internal/x.md")).isFalse();
    }

    @Test
    void aTrailingSlashMatchesOnlyWhatIsUnderADirectory() {
        assertThat(ignores("legacy/", "legacy/train.py")).isTrue();
        assertThat(ignores("legacy/", "legacy")).isFalse();
    }

    @Test
    void classesGroupsAndEscapes() {
        assertThat(ignores("data[0-9].csv", "data7.csv")).isTrue();
        assertThat(ignores("data[!0-9].csv", "data7.csv")).isFalse();
        assertThat(ignores("data[!0-9].csv", "datax.csv")).isTrue();
        assertThat(ignores("*.{ipynb,csv}", "a/b.csv")).isTrue();
        assertThat(ignores("\\#notes", "#notes")).isTrue();
        assertThat(ignores("a[b", "a[b")).as("an unclosed class is literal").isTrue();
    }

    @Test
    void doubleStarCrossesDirectoriesIncludingNone() {
        assertThat(ignores("**/gen", "gen/x.py")).isTrue();
        assertThat(ignores("a/**/b", "a/b/x")).isTrue();
        assertThat(ignores("a/**/b", "a/x/y/b/z")).isTrue();
        assertThat(ignores("a/**", "a/x")).isTrue();
    }

    @Test
    void theLastMatchingRuleDecidesAndBangReincludes() {
        IgnoreRules rules = new IgnoreRules(List.of(new IgnoreRules.Rule("experiments/", false, false),
                new IgnoreRules.Rule("experiments/keep/", false, true), new IgnoreRules.Rule("*.tmp", false, false)),
                Dialect.IGNORE);
        assertThat(rules.excluded("experiments/old/train.py")).isTrue();
        assertThat(rules.excluded("experiments/keep/train.py")).isFalse();
        assertThat(rules.excluded("experiments/keep/x.tmp")).isTrue();
        assertThat(rules.excluded("src/train.py")).isFalse();
    }

    @Test
    void codeownersBracketsAreLiteralAndDirStarOwnsOnlyDirectFiles() {
        assertThat(GitignorePattern.compile("docs/[a]", Dialect.CODEOWNERS, false).matches("docs/[a]")).isTrue();
        assertThat(GitignorePattern.compile("docs/[a]", Dialect.CODEOWNERS, false).matches("docs/a")).isFalse();
        assertThat(GitignorePattern.compile("docs/*", Dialect.CODEOWNERS, false).matches("docs/a/b.md")).isFalse();
        assertThat(GitignorePattern.compile("docs/*", Dialect.IGNORE, false).matches("docs/a/b.md")).isTrue();
    }
}
