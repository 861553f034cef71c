package dev.maturity.core.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.model.Track;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiverFileTest {

    @Test
    void a_waiver_names_criterion_scope_reason_owner_and_expiry() {
        List<Waiver> waivers = WaiverFile.parse("waivers.yaml", """
                # accepted gaps, reviewed monthly
                waivers:
                  - criterion: eval.regression-suite-in-ci
                    track: llm
                    repository: support-bot
                    reason: suite lands with the Q1 rewrite (PLAT-412)
                    owner: jane.doe@example.com
                    expires: 2027-01-31
                  - criterion: gov.named-owners
                    reason: CODEOWNERS migration in progress
                    owner: platform-team
                    expires: "2026-12-15"
                """);

        assertThat(waivers).containsExactly(
                new Waiver("eval.regression-suite-in-ci", Track.LLM, "support-bot", "suite lands with the Q1 rewrite (PLAT-412)",
                        "jane.doe@example.com", LocalDate.of(2027, 1, 31), "waivers.yaml:3"),
                new Waiver("gov.named-owners", null, null, "CODEOWNERS migration in progress", "platform-team",
                        LocalDate.of(2026, 12, 15), "waivers.yaml:9"));
    }

    @Test
    void a_waiver_without_an_owner_is_an_error_at_its_line() {
        assertThatThrownBy(() -> WaiverFile.parse("waivers.yaml", """
                waivers:
                  - criterion: eval.regression-suite-in-ci
                    reason: later
                    expires: 2027-01-31
                """)).isInstanceOf(WaiverException.class).hasMessage("waivers.yaml:2: waiver is missing 'owner'");
    }

    @Test
    void an_expiry_that_is_not_a_date_is_an_error_at_its_line() {
        assertThatThrownBy(() -> WaiverFile.parse("waivers.yaml", """
                waivers:
                  - criterion: eval.regression-suite-in-ci
                    reason: later
                    owner: jane
                    expires: next quarter
                """)).hasMessage("waivers.yaml:5: expires must be an ISO date such as 2027-01-31, not 'next quarter'");
    }

    @Test
    void a_misspelt_key_is_an_error_rather_than_a_silently_broader_waiver() {
        assertThatThrownBy(() -> WaiverFile.parse("waivers.yaml", """
                waivers:
                  - criterion: eval.regression-suite-in-ci
                    trak: llm
                    reason: later
                    owner: jane
                    expires: 2027-01-31
                """)).hasMessage("waivers.yaml:3: unknown key 'trak' (expected criterion, track, repository, reason, owner, expires)");
    }

    @Test
    void an_unknown_track_and_broken_yaml_are_errors_with_lines() {
        assertThatThrownBy(() -> WaiverFile.parse("w.yaml", """
                waivers:
                  - criterion: x
                    track: genai
                    reason: r
                    owner: o
                    expires: 2027-01-31
                """)).hasMessage("w.yaml:3: unknown track 'genai' (expected classical or llm)");
        assertThatThrownBy(() -> WaiverFile.parse("w.yaml", "waivers:\n  - criterion: [x\n    owner: o\n"))
                .isInstanceOf(WaiverException.class).hasMessageStartingWith("w.yaml:");
        assertThatThrownBy(() -> WaiverFile.parse("w.yaml", "- criterion: x\n"))
                .hasMessage("w.yaml:1: a waiver file is a mapping with a 'waivers:' list");
    }

    @Test
    void an_empty_file_waives_nothing() {
        assertThat(WaiverFile.parse("w.yaml", "")).isEmpty();
        assertThat(WaiverFile.parse("w.yaml", "waivers: []\n")).isEmpty();
    }
}
