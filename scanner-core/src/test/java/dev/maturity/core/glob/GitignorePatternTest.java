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

    @Test
    void rulesMatchedAsOneSetDecideAsTheRulesOneByOne() {
        String[] parts = {"a", "b", "/", "*", "**", "?", "[a-b]", "[!a]", "{a,b/}", "\\*", ".", "-", "]"};
        String[] pathParts = {"a", "b", "c", "/", ".", "*", "-", "]", "\n", "é"};
        java.util.Random random = new java.util.Random(9);
        int excluded = 0;
        for (int round = 0; round < 100; round++) {
            List<IgnoreRules.Rule> rules = new java.util.ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(40); k++) {
                StringBuilder p = new StringBuilder(random.nextInt(4) == 0 ? "/" : "");
                for (int n = 0; n < 1 + random.nextInt(4); n++) {
                    p.append(parts[random.nextInt(parts.length)]);
                }
                rules.add(new IgnoreRules.Rule(p.toString(), random.nextInt(5) == 0, random.nextInt(3) == 0));
            }
            IgnoreRules set = new IgnoreRules(rules, Dialect.IGNORE);
            for (int i = 0; i < 200; i++) {
                StringBuilder path = new StringBuilder();
                for (int n = 0; n < 1 + random.nextInt(6); n++) {
                    path.append(pathParts[random.nextInt(pathParts.length)]);
                }
                String p = path.toString();
                IgnoreRules.Rule last = null;
                IgnoreRules.Rule first = null; // the first matching rule of the run (same-sign neighbours) of the last
                int run = 0;
                int firstRun = -1;
                for (int k = 0; k < rules.size(); k++) {
                    IgnoreRules.Rule r = rules.get(k);
                    run += k > 0 && rules.get(k - 1).negated() != r.negated() ? 1 : 0;
                    if (GitignorePattern.compile(r.pattern(), Dialect.IGNORE, r.anywhere()).matches(p)) {
                        first = firstRun == run ? first : r;
                        firstRun = run;
                        last = r;
                    }
                }
                boolean expected = last != null && !last.negated();
                assertThat(set.excluded(p)).as("%s against %s", p, rules).isEqualTo(expected);
                assertThat(set.rule(p)).isEqualTo(expected ? java.util.Optional.of(first.pattern()) : java.util.Optional.empty());
                excluded += expected ? 1 : 0;
            }
        }
        assertThat(excluded).isGreaterThan(1_000);
    }
}
