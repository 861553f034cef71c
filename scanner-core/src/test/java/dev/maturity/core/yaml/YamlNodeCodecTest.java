package dev.maturity.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlNodeCodecTest {

    @Test
    void a_node_tree_reads_back_with_its_kinds_keys_in_order_scalars_and_line_ranges() throws Exception {
        YamlNode parsed = SafeYaml.parse("""
                id: default
                parameters:
                  weights: {classical: 0.6, llm: "0.4"}
                  empty: []
                criteria:
                  - id: repro.code-in-git
                    probes: [git.tree-read]
                    question: |
                      Is the code in git?
                      (ünïcødé ok)
                  - id: eval.results-recorded
                """);

        YamlNode back = YamlNodeCodec.decode(YamlNodeCodec.encode(parsed));

        assertThat(shape(back)).isEqualTo(shape(parsed));
        assertThat(back.at("criteria").items().get(0).get("question").textOr("")).isEqualTo("Is the code in git?\n(ünïcødé ok)\n");
        assertThat(back.get("parameters").entries().keySet()).containsExactly("weights", "empty");
        assertThat(back.at("criteria").items().get(1).line()).isEqualTo(11);
    }

    @Test
    void truncated_or_foreign_bytes_are_refused() {
        byte[] encoded = YamlNodeCodec.encode(YamlNode.scalar("x", 1, 1));
        assertThatThrownBy(() -> YamlNodeCodec.decode(Arrays.copyOf(encoded, encoded.length - 1))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> YamlNodeCodec.decode(new byte[] {9, 0, 0, 0, 1, 0, 0, 0, 1})).hasMessage("unknown node kind 9");
    }

    /** Every node as kind, line range and scalar, depth first, with the keys leading to it. */
    private static List<String> shape(YamlNode root) {
        List<String> out = new ArrayList<>();
        walk("", root, out);
        return out;
    }

    private static void walk(String path, YamlNode n, List<String> out) {
        out.add(path + " " + n.kind() + " " + n.line() + "-" + n.endLine() + " " + n.text().orElse(""));
        for (int i = 0; i < (n.isSequence() ? n.items().size() : 0); i++) {
            walk(path + "[" + i + "]", n.items().get(i), out);
        }
        n.entries().forEach((k, v) -> walk(path + "." + k, v, out));
    }
}
