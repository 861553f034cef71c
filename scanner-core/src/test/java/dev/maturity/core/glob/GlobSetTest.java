package dev.maturity.core.glob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One automaton for many globs answers, glob by glob, what {@link Glob#path} answers (itself proven against the JDK). */
class GlobSetTest {

    private static final String[] GLOB_PARTS = {"a", "b", "c", "/", ".", "*", "**", "?", "{a,b*}", "{,c}", "{x/**,*.b}",
            "[a-c]", "[!b]", "[b]", "\\*", "\\{", "é", "\uD83D\uDE00", "[a-]", "[^a]", "}", ",", "-"};
    private static final String[] PATH_PARTS = {"a", "b", "c", "x", "/", "//", ".", "*", "{", ",", "\n", "\u2029", "é",
            "\uD83D\uDE00", "-", "^", "]"};

    @Test
    void randomGlobsMatchRandomPathsExactlyAsGlobPathDoes() {
        Random random = new Random(3);
        int matched = 0;
        for (int round = 0; round < 200; round++) {
            List<String> globs = new ArrayList<>();
            List<Glob> one = new ArrayList<>();
            GlobSet.Builder builder = GlobSet.builder();
            while (globs.size() < 64) {
                String g = join(random, GLOB_PARTS, 1 + random.nextInt(6));
                Glob m;
                try {
                    m = Glob.path(g);
                } catch (GlobSyntaxException e) {
                    assertThatThrownBy(() -> GlobSet.builder().add(g, 1)).isInstanceOf(GlobSyntaxException.class);
                    continue;
                }
                builder.add(g, 1L << globs.size());
                globs.add(g);
                one.add(m);
            }
            GlobSet set = builder.build();
            for (int i = 0; i < 300; i++) {
                String path = join(random, PATH_PARTS, 1 + random.nextInt(7));
                long expected = 0;
                for (int k = 0; k < one.size(); k++) {
                    if (one.get(k).matches(path)) {
                        expected |= 1L << k;
                    }
                }
                long tags = set.match(path);
                if (tags != expected) {
                    throw new AssertionError("path " + escape(path) + ": " + differing(globs, tags ^ expected));
                }
                matched += Long.bitCount(expected);
            }
        }
        assertThat(matched).as("glob matches seen").isGreaterThan(10_000);
    }

    @Test
    void starsQuestionMarksGroupsAndClassesFollowJavaGlobSyntax() {
        GlobSet set = GlobSet.builder().add("*.md", 1).add("**/*.md", 2).add("docs/?.txt", 4).add("{a,b}/**", 8)
                .add("[!x]*.py", 16).add("a\\*b", 32).build();
        assertThat(set.match("README.md")).isEqualTo(1);
        assertThat(set.match("docs/README.md")).isEqualTo(2);
        assertThat(set.match("docs/x.txt")).isEqualTo(4);
        assertThat(set.match("docs/xy.txt")).isZero();
        assertThat(set.match("b/deep/tree/file")).isEqualTo(8);
        assertThat(set.match("train.py")).isEqualTo(16);
        assertThat(set.match("xtrain.py")).isZero();
        assertThat(set.match("a*b")).isEqualTo(32);
        assertThat(set.match("aab")).isZero();
    }

    @Test
    void doubleStarStopsAtALineFeedLikeTheRegexDot() {
        GlobSet set = GlobSet.builder().add("prompts/**", 1).add("prompts/*", 2).build();
        assertThat(set.match("prompts/a/b")).isEqualTo(1);
        assertThat(set.match("prompts/a\nb")).isEqualTo(2);
        assertThat(set.match("prompts/a/\nb")).isZero();
    }

    @Test
    void unusualClassesAndInvalidGlobsAreReadAsGlobPathReadsThem() {
        GlobSet set = GlobSet.builder().add("[a-]x", 1).add("[^b]y", 2).add("z", 4).add("[!]q", 8).build();
        assertThat(set.match("-x")).isEqualTo(1);
        assertThat(set.match("^y")).isEqualTo(2);
        assertThat(set.match("by")).as("a leading ^ is a literal, as in the JDK").isEqualTo(2);
        assertThat(set.match("ay")).isZero();
        assertThat(set.match("z")).isEqualTo(4);
        assertThat(set.match("aq")).isEqualTo(8);
        assertThat(set.match("/q")).isZero();
        assertThatThrownBy(() -> GlobSet.builder().add("{a,{b}}", 1)).isInstanceOf(GlobSyntaxException.class);
        assertThatThrownBy(() -> GlobSet.builder().add("[a/b]", 1)).isInstanceOf(GlobSyntaxException.class);
        assertThatThrownBy(() -> GlobSet.builder().add("{a,b", 1)).isInstanceOf(GlobSyntaxException.class);
    }

    @Test
    void theGlobsOfGlobTestMatchItsPathsAsGlobPathDoes() {
        GlobSet.Builder builder = GlobSet.builder();
        for (int k = 0; k < GlobTest.GLOBS.size(); k++) {
            builder.add(GlobTest.GLOBS.get(k), 1L << k);
        }
        GlobSet set = builder.build();
        for (String p : GlobTest.PATHS) {
            long expected = 0;
            for (int k = 0; k < GlobTest.GLOBS.size(); k++) {
                expected |= Glob.path(GlobTest.GLOBS.get(k)).matches(p) ? 1L << k : 0;
            }
            assertThat(set.match(p)).as(p).isEqualTo(expected);
        }
    }

    @Test
    void backtrackingBombsMatchInOnePass() {
        GlobSet set = GlobSet.builder().add("**a**a**a**a**a**a**a**a**a**a**c", 1).build();
        assertThat(set.match("a/".repeat(2_000) + "a".repeat(20_000) + "b")).isZero();
        assertThat(set.match("a/".repeat(2_000) + "a".repeat(20_000) + "c")).isEqualTo(1);
    }

    @Test
    void rememberedStatesStayBoundedAndMatchingStaysExactPastTheBound() {
        GlobSet.Builder builder = GlobSet.builder();
        for (int i = 0; i < 40; i++) {
            builder.add("**/" + (char) ('a' + i % 26) + "*" + i + "*/**", 1);
        }
        GlobSet set = builder.build();
        Glob probe = Glob.path("**/q*16*/**");
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String path = join(random, new String[] {"q", "16", "/", "x", "a", "1", "2", "3", "b", "c"}, 12);
            if (probe.matches(path)) {
                assertThat(set.match(path)).as(path).isEqualTo(1);
            }
        }
        assertThat(set.rememberedStates()).isLessThanOrEqualTo(GlobSet.MAX_STATES);
    }

    private static String join(Random random, String[] parts, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(parts[random.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    private static String differing(List<String> globs, long bits) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < globs.size(); k++) {
            if ((bits & 1L << k) != 0) {
                out.add(escape(globs.get(k)));
            }
        }
        return "globs differ: " + out;
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\u2029", "\\u2029");
    }
}
