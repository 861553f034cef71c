package dev.maturity.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SafeYamlTest {

    @Test
    void nodesRememberTheirLines() throws YamlParseException {
        YamlNode root = SafeYaml.parse("""
                on:
                  pull_request:
                jobs:
                  eval:
                    runs-on: ubuntu-latest
                    steps:
                      - run: promptfoo eval
                """);
        assertThat(root.has("on")).as("'on' stays a string key, not YAML 1.1 boolean true").isTrue();
        YamlNode eval = root.at("jobs", "eval");
        assertThat(eval.line()).isEqualTo(5);
        assertThat(eval.endLine()).isEqualTo(7);
        assertThat(eval.get("steps").items().get(0).get("run").textOr("")).isEqualTo("promptfoo eval");
        assertThat(root.at("jobs", "nope", "deeper").isMissing()).isTrue();
    }

    @Test
    void multiDocumentStreamsAndJsonParse() throws YamlParseException {
        assertThat(SafeYaml.parseAll("kind: A\n---\nkind: B\n")).extracting(n -> n.get("kind").textOr("")).containsExactly("A", "B");
        assertThat(SafeYaml.parse("{\"mcpServers\": {\"x\": {\"command\": \"npx\"}}}").at("mcpServers", "x", "command").textOr(""))
                .isEqualTo("npx");
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 60; i++) {
            sb.append("b").append(i).append(": &b").append(i).append(" [*a, *a]\n");
        }
        assertThatThrownBy(() -> SafeYaml.parse(sb.toString())).isInstanceOf(YamlParseException.class);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThatThrownBy(() -> SafeYaml.parse(deep)).isInstanceOf(YamlParseException.class);
    }

    @Test
    void malformedYamlNamesTheLine() {
        assertThatThrownBy(() -> SafeYaml.parse("a: 1\nb: [2\nc: 3\n")).isInstanceOf(YamlParseException.class)
                .satisfies(e -> assertThat(((YamlParseException) e).line()).isBetween(2, 4));
    }

    @Test
    void mergeKeysAreResolved() throws YamlParseException {
        YamlNode n = SafeYaml.parse(".base: &base\n  image: python\njob:\n  <<: *base\n  script: [pytest]\n");
        assertThat(n.at("job", "image").textOr("")).isEqualTo("python");
    }

    @Test
    void aMappingInsideASequenceEndsAtItsOwnLastLineNotAtTheNextItem() throws YamlParseException {
        YamlNode rules = SafeYaml.parse("""
                groups:
                  - name: serving
                    rules:
                      - alert: HighLatency
                        expr: histogram_quantile(0.99, rate(x[5m])) > 1
                      - alert: Drift
                        expr: drift_score > 0.3
                """).at("groups").items().get(0).get("rules");
        assertThat(rules.items().get(0).line()).isEqualTo(4);
        assertThat(rules.items().get(0).endLine()).isEqualTo(5);
        assertThat(rules.items().get(1).endLine()).isEqualTo(7);
    }
}
