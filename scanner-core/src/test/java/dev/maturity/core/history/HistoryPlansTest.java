package dev.maturity.core.history;

import static dev.maturity.core.model.Outcome.MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reads behind `maturity history` and the fleet page reach rows by index on SQLite, whatever the
 * store holds (SQLite plans by schema; PostgreSQL plans by statistics, so bench/fleet-page.sh checks its
 * plans on a 1,000-target store instead).
 */
class HistoryPlansTest {

    @TempDir
    Path dir;

    @Test
    void filtered_reads_use_the_target_and_time_indexes_and_the_fleet_read_never_touches_reports() {
        HistoryStore store = HistoryStore.open(dir.resolve("history.db").toString());
        store.append(new Recorded("ranker", "recsys", "ranking", "SCORED", "",
                ReportFixture.at("2026-11-01T02:00:00Z").llmEvaluation(MET, MET, MET).build()));
        Instant since = Instant.parse("2026-10-01T00:00:00Z");

        assertThat(store.plans(HistoryQuery.all().withoutCriteria()))
                .containsExactly("SCAN s USING COVERING INDEX scans_time\n", "SCAN l\n");
        assertThat(store.plans(new HistoryQuery(null, "recsys", null, since, false)))
                .allMatch(p -> p.contains("SEARCH s USING COVERING INDEX scans_time (scanned_at>?)"))
                .last().asString().contains("SEARCH l USING INDEX sqlite_autoindex_axis_levels_1 (scan_id=?)");
        assertThat(store.plans(new HistoryQuery("ranker", null, null, since, true)))
                .hasSize(3).allMatch(p -> p.contains("SEARCH s USING INDEX scans_target_time (target=? AND scanned_at>?)"))
                .last().asString().contains("SEARCH o USING INDEX sqlite_autoindex_criterion_outcomes_1 (scan_id=?)");
    }
}
