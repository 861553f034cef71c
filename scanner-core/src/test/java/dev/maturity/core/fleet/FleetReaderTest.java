package dev.maturity.core.fleet;

import static dev.maturity.core.model.Outcome.MET;
import static dev.maturity.core.model.Outcome.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.history.HistoryQuery;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.history.Recorded;
import dev.maturity.core.history.ReportFixture;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.render.html.FleetPage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final HistoryEntry.Key EVAL_LLM = new HistoryEntry.Key(Axis.EVALUATION, Track.LLM);

    @TempDir
    Path dir;

    private static Recorded scan(String target, String at, Outcome results, Outcome inCi) {
        return new Recorded(target, "genai", "assistants", "SCORED", "",
                ReportFixture.at(at).llmEvaluation(results, inCi, NOT_MET).build());
    }

    private HistoryStore store() {
        HistoryStore s = HistoryStore.open(dir.resolve("history.db").toString());
        for (String day : List.of("2026-11-01", "2026-11-05", "2026-11-09", "2026-11-13", "2026-11-17")) {
            s.append(scan("support-bot", day + "T03:00:00Z", MET, day.equals("2026-11-17") ? NOT_MET : MET));
            s.append(scan("ranker", day + "T03:00:00Z", MET, MET));
        }
        s.append(scan("stopped", "2026-11-01T03:00:00Z", MET, MET));
        s.append(scan("stopped", "2026-11-05T03:00:00Z", MET, MET));
        s.append(new Recorded("failing", "genai", null, "FAILED", "GitCollector: repository not found", null));
        return s;
    }

    @Test
    void a_level_that_dropped_since_the_point_is_a_regression_with_the_criterion_that_flipped() {
        Fleet f = FleetReader.read(store(), HistoryQuery.all(), NOW.minus(Duration.ofDays(7)), NOW);

        assertThat(f.regressions()).singleElement().satisfies(m -> {
            assertThat(m.target().name()).isEqualTo("support-bot");
            assertThat(m.key()).isEqualTo(EVAL_LLM);
            assertThat(m.from()).isEqualTo(3);
            assertThat(m.to()).isEqualTo(2);
            assertThat(m.before().scannedAt()).isEqualTo(Instant.parse("2026-11-13T03:00:00Z"));
            assertThat(m.flips()).containsExactly(new Fleet.Flip("eval.regression-suite-in-ci", MET, NOT_MET, List.of()));
        });
        assertThat(f.gains()).isEmpty();
    }

    @Test
    void a_target_without_a_scan_in_twice_its_usual_interval_is_stale_and_a_failed_last_scan_is_failing() {
        Fleet f = FleetReader.read(store(), HistoryQuery.all(), NOW.minus(Duration.ofDays(7)), NOW);

        assertThat(f.targets()).extracting(Fleet.Target::name).containsExactly("ranker", "stopped", "support-bot", "failing");
        Fleet.Target stopped = f.targets().get(1);
        assertThat(stopped.usualInterval()).isEqualTo(Duration.ofDays(4));
        assertThat(stopped.stale()).isTrue();
        assertThat(f.targets().get(0).stale()).isFalse();
        assertThat(f.targets().get(3).failing()).isTrue();
        assertThat(f.targets().get(3).latest()).isNull();
        assertThat(f.distribution().get(EVAL_LLM)).containsExactly(0, 0, 1, 2, 0, 0);
    }

    @Test
    void the_upgrade_that_lifts_most_targets_comes_first_and_names_them() {
        Fleet f = FleetReader.read(store(), HistoryQuery.all(), NOW.minus(Duration.ofDays(7)), NOW);

        assertThat(f.upgrades()).extracting(Fleet.FleetUpgrade::criterion)
                .containsExactly("eval.gates-block-deploys", "eval.regression-suite-in-ci");
        assertThat(f.upgrades().get(0).lifts()).extracting(Fleet.Lift::target).containsExactly("ranker", "stopped");
        assertThat(f.upgrades().get(1).lifts()).extracting(Fleet.Lift::target).containsExactly("support-bot");
    }

    @Test
    void a_stored_report_that_no_longer_parses_is_named_and_the_rest_of_the_page_is_built() throws Exception {
        HistoryStore s = store();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE scans SET report = '{\"axes\": \"not a list\"' WHERE target = 'ranker'");
        }

        Fleet f = FleetReader.read(s, HistoryQuery.all(), NOW.minus(Duration.ofDays(7)), NOW);

        assertThat(f.unreadable()).singleElement().asString().startsWith("ranker, scan of 2026-11-17T03:00:00Z (")
                .endsWith("): its stored report does not parse (MismatchedInputException)");
        assertThat(f.targets().get(0).report()).isNull();
        assertThat(f.regressions()).hasSize(1);
        assertThat(FleetPage.render(f)).contains("Reports that could not be read", ">ranker<", ">support-bot<");
    }
}
