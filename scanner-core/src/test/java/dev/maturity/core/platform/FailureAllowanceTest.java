package dev.maturity.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FailureAllowanceTest {

    @Test
    void by_default_one_failed_target_makes_the_run_incomplete() {
        assertThat(FailureAllowance.NONE.exceededBy(0, 10)).isFalse();
        assertThat(FailureAllowance.NONE.exceededBy(1, 10)).isTrue();
    }

    @Test
    void a_count_allows_that_many_failed_targets() {
        FailureAllowance two = FailureAllowance.parse("2");
        assertThat(two.exceededBy(2, 10)).isFalse();
        assertThat(two.exceededBy(3, 10)).isTrue();
    }

    @Test
    void a_share_allows_that_part_of_the_targets_scanned() {
        FailureAllowance quarter = FailureAllowance.parse("25%");
        assertThat(quarter.exceededBy(1, 4)).isFalse();
        assertThat(quarter.exceededBy(2, 4)).isTrue();
        assertThat(quarter.exceededBy(25, 100)).isFalse();
        assertThat(quarter.exceededBy(26, 100)).isTrue();
        assertThat(quarter).hasToString("25%");
    }

    @Test
    void a_run_in_which_every_target_failed_is_incomplete_whatever_is_allowed() {
        assertThat(FailureAllowance.parse("100%").exceededBy(3, 3)).isTrue();
        assertThat(FailureAllowance.parse("5").exceededBy(3, 3)).isTrue();
        assertThat(FailureAllowance.parse("100%").exceededBy(2, 3)).isFalse();
    }

    @Test
    void an_empty_shard_is_not_incomplete() {
        assertThat(FailureAllowance.NONE.exceededBy(0, 0)).isFalse();
    }

    @Test
    void anything_but_a_count_or_a_share_is_refused_with_the_expected_form() {
        assertThatThrownBy(() -> FailureAllowance.parse("-1")).hasMessage(
                "expected a number of targets (2) or a share of them (25%), not '-1'");
        assertThatThrownBy(() -> FailureAllowance.parse("2.5%")).hasMessageContaining("not '2.5%'");
        assertThatThrownBy(() -> FailureAllowance.parse("101%")).hasMessage("a share of the targets is at most 100%, not 101%");
    }
}
