package dev.maturity.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** YAML that is small as written and huge once its aliases are followed is refused quickly, with a line. */
class HostileYamlTest {

    /** 17 anchors, each a list of 3 aliases to the one before: 51 aliases at most, 3^17 nodes expanded. */
    static String nestedAliases(int levels, int fanOut) {
        StringBuilder sb = new StringBuilder("l0: &l0 [x]\n");
        for (int i = 1; i <= levels; i++) {
            sb.append('l').append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < fanOut; j++) {
                sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            sb.append("]\n");
        }
        return sb.toString();
    }

    @Test
    void nestedAliasesUnderTheAliasCapAreRefusedByTheSizeTheyExpandTo() {
        String bomb = nestedAliases(16, 3); // 48 aliases, under the cap of 50
        long start = System.nanoTime();
        assertThatThrownBy(() -> SafeYaml.parse(bomb)).isInstanceOf(YamlParseException.class)
                .hasMessageContaining("expands to more than " + SafeYaml.MAX_NODES + " nodes")
                .satisfies(e -> assertThat(((YamlParseException) e).line()).as("the line where it grows past the cap").isEqualTo(13));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void sharedAliasesWithinTheCapStayShared() throws YamlParseException {
        YamlNode n = SafeYaml.parse(nestedAliases(8, 3)); // level k holds (5 * 3^k - 1) / 2 nodes
        long[] count = {0};
        n.get("l8").walk(x -> count[0]++);
        assertThat(count[0]).isEqualTo((5 * 6561 - 1) / 2);
        assertThat(n.get("l8").items().get(0)).as("converted once, shared").isSameAs(n.get("l7"));
    }

    @Test
    void longScalarsRepeatedByAliasesAreBoundedByCharacters() {
        StringBuilder sb = new StringBuilder("s: &s \"" + "x".repeat(1_000_000) + "\"\n");
        sb.append("a: &a [*s, *s, *s, *s, *s, *s, *s, *s]\n");
        sb.append("b: [*a, *a, *a]\n");
        assertThatThrownBy(() -> SafeYaml.parse(sb.toString())).isInstanceOf(YamlParseException.class)
                .hasMessageContaining("characters of text");
    }

    @Test
    void aliasesDeepenTheTreeWhereTheyAreUsed() {
        String deep = "a: &a " + "[".repeat(40) + "]".repeat(40) + "\nb: " + "[".repeat(40) + "*a" + "]".repeat(40) + "\n";
        assertThatThrownBy(() -> SafeYaml.parse(deep)).isInstanceOf(YamlParseException.class)
                .hasMessageContaining("nesting deeper than " + SafeYaml.MAX_DEPTH);
    }

    @Test
    void mergeKeysCannotMultiplyEntries() {
        StringBuilder sb = new StringBuilder("m0: &m0 {");
        for (int i = 0; i < 40_000; i++) {
            sb.append(i == 0 ? "" : ", ").append('k').append(i).append(": v");
        }
        sb.append("}\n");
        for (int i = 1; i <= 40; i++) {
            sb.append('m').append(i).append(": &m").append(i).append(" {<<: [*m").append(i - 1).append("], own").append(i).append(": v}\n");
        }
        assertThatThrownBy(() -> SafeYaml.parse(sb.toString())).isInstanceOf(YamlParseException.class);
    }

    @Test
    void aScanBudgetBoundsManyDocumentsEachUnderTheirOwnLimit() throws YamlParseException {
        YamlBudget budget = new YamlBudget(60_000, Long.MAX_VALUE);
        String doc = nestedAliases(8, 3); // 24,599 nodes
        SafeYaml.parse(doc, budget);
        SafeYaml.parse(doc, budget);
        assertThatThrownBy(() -> SafeYaml.parse(doc, budget)).isInstanceOf(YamlParseException.class)
                .hasMessageContaining("YAML budget of this scan spent");
    }
}
