package dev.maturity.core.glob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTest {

    static final List<String> GLOBS = List.of("*.py", "**.py", "**/*.py", "src/**/model*.py", "prompts/**", "**/prompts/**",
            "*prompt*.{yaml,yml,j2}", "**/*prompt*.{yaml,yml,j2,jinja,jinja2,txt}", "evals/**.{jsonl,json,csv,yaml,yml}",
            "dockerfile", "**/dockerfile", "**/*.dockerfile", "train?.py", "data/[a-c]*.csv", "data/[!a-c]*.csv",
            "a/b", "**", "*", "**/risk*assessment*", "governance/risk/**", "x[-]y", "lit\\*eral", "{a,b}/c",
            "**/test_*eval*.py", "a.b+c(d)|e^f$", "dir/", "[.-0]x");
    static final List<String> PATHS = List.of("train.py", "src/train.py", "src/pkg/models/model_v2.py", "src/model.py",
            "prompts/support/answer.prompty", "app/prompts/x.txt", "system_prompt.yaml", "deep/down/my-prompt.j2",
            "evals/cases/basic.jsonl", "evals/basic.jsonl", "dockerfile", "svc/dockerfile", "svc/api.dockerfile", "train1.py",
            "train12.py", "data/apple.csv", "data/zebra.csv", "data/b/apple.csv", "a/b", "a/b/c", "a", "docs/risk_assessment.md",
            "governance/risk/2026.md", "x-y", "x]y", "xay", "lit*eral", "litXeral", "a/c", "b/c", "c/c",
            "tests/test_llm_eval_suite.py", "a.b+c(d)|e^f$", "dir", "dir/x", "/x", "0x", ".x", "/", "ünïcödé/prompts/ß.txt");

    @Test
    void pathGlobsMatchExactlyWhatTheJdkPathMatcherMatches() {
        for (String g : GLOBS) {
            PathMatcher jdk = FileSystems.getDefault().getPathMatcher("glob:" + g);
            Glob re2 = Glob.path(g);
            for (String p : PATHS) {
                assertThat(re2.matches(p)).as("glob %s on %s", g, p).isEqualTo(jdk.matches(Path.of(p)));
            }
        }
    }

    @Test
    void anyPathMatchesWhenOneOfItsGlobsDoes() {
        Glob any = Glob.anyPath(List.of("*.md", "docs/**"));
        assertThat(any.matches("README.md")).isTrue();
        assertThat(any.matches("docs/a/b.txt")).isTrue();
        assertThat(any.matches("src/a.txt")).isFalse();
        assertThat(Glob.anyPath(List.of()).matches("anything")).isFalse();
    }

    @Test
    void malformedPathGlobsAreRefusedLikeTheJdkRefusesThem() {
        assertThatThrownBy(() -> Glob.path("{a,{b}}")).isInstanceOf(GlobSyntaxException.class).hasMessageContaining("nest");
        assertThatThrownBy(() -> Glob.path("a[b")).isInstanceOf(GlobSyntaxException.class).hasMessageContaining("missing ']'");
        assertThatThrownBy(() -> Glob.path("a[/]")).isInstanceOf(GlobSyntaxException.class);
        assertThatThrownBy(() -> Glob.path("{a")).isInstanceOf(GlobSyntaxException.class);
        assertThatThrownBy(() -> Glob.path("a\\")).isInstanceOf(GlobSyntaxException.class);
        assertThatThrownBy(() -> Glob.path("x[]a]y")).isInstanceOf(GlobSyntaxException.class);
    }

    @Test
    void textGlobsHaveOnlyStarAndQuestionMark() {
        assertThat(Glob.text("*[bot]*").matches("dependabot[bot]")).isTrue();
        assertThat(Glob.text("*[bot]*").matches("dependabotb")).isFalse();
        assertThat(Glob.text("ml-?").matches("ml-a")).isTrue();
        assertThat(Glob.text("ml-?").matches("ml-ab")).isFalse();
        assertThat(Glob.text("a.c").matches("abc")).isFalse();
    }

    @Test
    void backtrackingBombsMatchInLinearTime() {
        String bomb = "**a**a**a**a**a**a**a**a**a**a**c";
        String path = "a/".repeat(2_000) + "a".repeat(20_000) + "b";
        long start = System.nanoTime();
        assertThat(Glob.path(bomb).matches(path)).isFalse();
        assertThat(Glob.text("*a*a*a*a*a*a*a*a*a*a*a*c").matches(path)).isFalse();
        assertThat(GitignorePattern.compile(bomb, GitignorePattern.Dialect.IGNORE, false).matches(path)).isFalse();
        assertThat(GitignorePattern.compile(bomb, GitignorePattern.Dialect.CODEOWNERS, false).matches(path)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
