package dev.maturity.probes.git.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void frontMatterAfterAByteOrderMarkIsRead() throws Exception {
        FrontMatter fm = FrontMatter.split("\uFEFF---\nname: triage\n---\nsystem:\nYou triage.\n", dev.maturity.core.yaml.YamlBudget.unlimited());
        assertThat(fm.yaml().get("name").textOr("")).isEqualTo("triage");
        assertThat(fm.bodyRange()).hasValueSatisfying(r -> assertThat(r).containsExactly(4, 5));
    }

    @Test
    void anUnclosedFenceIsInvalidOnLineOne() {
        assertThatThrownBy(() -> FrontMatter.split("---\nname: x\nsystem: hi\n", dev.maturity.core.yaml.YamlBudget.unlimited()))
                .isInstanceOfSatisfying(FrontMatter.Invalid.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void withoutAFenceTheWholeTextIsBody() throws Exception {
        FrontMatter fm = FrontMatter.split("\nYou are terse.\n", dev.maturity.core.yaml.YamlBudget.unlimited());
        assertThat(fm.hasFrontMatter()).isFalse();
        assertThat(fm.bodyRange()).hasValueSatisfying(r -> assertThat(r).containsExactly(2, 2));
    }
}
