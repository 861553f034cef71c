package dev.maturity.probes.git.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void atxAndSetextHeadingsCutSectionsWithTheirLineRanges() {
        Markdown md = Markdown.parse("""
                Model card
                ==========

                Intended use
                ------------
                Ranking support tickets.

                ## Limitations
                ```
                # not a heading
                ```
                Weak on German.
                """, 1);
        assertThat(md.sections()).extracting(Markdown.Section::heading, Markdown.Section::level, Markdown.Section::startLine,
                Markdown.Section::endLine).containsExactly(
                        Tuple.tuple("Model card", 1, 1, 2),
                        Tuple.tuple("Intended use", 2, 4, 6),
                        Tuple.tuple("Limitations", 2, 8, 12));
    }

    @Test
    void aRuleUnderAListOrABlankLineIsNoHeading() {
        Markdown md = Markdown.parse("- item\n---\n\n---\n", 1);
        assertThat(md.sections()).singleElement().satisfies(s -> assertThat(s.level()).isZero());
    }

    @Test
    void stepsCountNumberedAndChecklistItemsAndWordsIgnorePlaceholders() {
        Markdown.Section s = Markdown.parse("# Run\n1. Stop it.\n2) Check it.\n- [x] Tell people.\n- note\n"
                + "[More Information Needed] <!-- fill me --> TODO\n", 1).sections().get(0);
        assertThat(s.steps()).isEqualTo(3);
        assertThat(s.words()).isEqualTo(7);
    }
}
