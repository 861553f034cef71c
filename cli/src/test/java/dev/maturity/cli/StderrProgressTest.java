package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.platform.Progress.Phase;
import dev.maturity.core.platform.Target;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StderrProgressTest {

    private static Target target(String name) {
        return new Target(name, "p", null, new Target.Git("/r/" + name, null, null), null, null, Duration.ofMinutes(1), Map.of());
    }

    @Test
    void off_a_terminal_each_change_is_one_plain_line_and_queueing_is_silent() {
        StringWriter out = new StringWriter();
        StderrProgress p = new StderrProgress(new PrintWriter(out), false);
        p.update(target("ranker"), Phase.QUEUED, "");
        p.update(target("ranker"), Phase.COLLECTING, "git");
        p.update(target("ranker"), Phase.FAILED, "repository not found");

        assertThat(out.toString().lines()).containsExactly("maturity: ranker: collecting (git)",
                "maturity: ranker: failed (repository not found)");
    }

    @Test
    void on_a_terminal_running_targets_are_redrawn_in_place_and_finished_ones_scroll_above() {
        StringWriter out = new StringWriter();
        StderrProgress p = new StderrProgress(new PrintWriter(out), true);
        p.update(target("ranker"), Phase.QUEUED, "");
        p.update(target("features"), Phase.QUEUED, "");
        p.update(target("ranker"), Phase.COLLECTING, "git");
        StringWriter mark = new StringWriter();
        mark.write(out.toString());
        p.update(target("ranker"), Phase.SCORED, "");

        assertThat(mark.toString()).endsWith("  ranker  collecting (git)\n  1 waiting\n");
        String last = out.toString().substring(mark.toString().length());
        assertThat(last).isEqualTo("\033[1A\r\033[2K\033[1A\r\033[2Kranker  scored\n  1 waiting\n");
    }
}
