package dev.maturity.cli;

import static dev.maturity.core.model.Outcome.MET;
import static dev.maturity.core.model.Outcome.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.history.Recorded;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.score.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    @TempDir
    Path dir;

    private String store;

    private static Report scan(String at, Outcome results, Outcome inCi) {
        return RecordedScans.evaluation(at, results, inCi);
    }

    @BeforeEach
    void history() {
        store = dir.resolve("history.db").toString();
        HistoryStore h = HistoryStore.open(store);
        h.append(new Recorded("support-bot", "genai", "assistants", "SCORED", "", scan("2026-11-01T03:17:00Z", MET, MET)));
        h.append(new Recorded("support-bot", "genai", "assistants", "SCORED", "", scan("2026-11-02T03:17:00Z", MET, MET)));
        h.append(new Recorded("support-bot", "genai", "assistants", "SCORED", "", scan("2026-11-03T03:17:00Z", MET, NOT_MET)));
        h.append(new Recorded("ranker", "recsys", null, "SCORED", "", scan("2026-11-03T03:17:00Z", NOT_MET, NOT_MET)));
    }

    @Test
    void text_shows_a_sparkline_per_axis_and_track_and_the_scan_where_the_level_dropped_with_the_flipped_criterion() {
        CommandRun run = CommandRun.of("history", "--history", store, "--target", "support-bot");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                support-bot (genai/assistants): 3 scans, 2026-11-01 .. 2026-11-03
                  evaluation/llm  ▄▄▃  level 2 (ceiling 2)
                  2026-11-03T03:17:00Z  evaluation/llm 3 -> 2
                      eval.regression-suite-in-ci: MET -> NOT_MET

                """);
    }

    @Test
    void json_lists_points_and_changes_and_since_drops_older_scans() throws Exception {
        CommandRun run = CommandRun.of("history", "--history", store, "--since", "2026-11-02", "--format", "json");

        JsonNode targets = ReportJson.MAPPER.readTree(run.out()).get("targets");
        assertThat(targets).extracting(t -> t.get("target").asText()).containsExactly("ranker", "support-bot");
        JsonNode bot = targets.get(1);
        assertThat(bot.get("series").get(0).get("points")).extracting(p -> p.get("level").asInt()).containsExactly(3, 2);
        JsonNode change = bot.get("changes").get(0);
        assertThat(change.get("from").asInt()).isEqualTo(3);
        assertThat(change.get("to").asInt()).isEqualTo(2);
        assertThat(change.get("flipped").get(0).get("criterion").asText()).isEqualTo("eval.regression-suite-in-ci");
        assertThat(change.get("flipped").get(0).get("after").asText()).isEqualTo("NOT_MET");
    }

    @Test
    void a_bad_since_or_an_unreachable_store_is_a_usage_error() {
        assertThat(CommandRun.of("history", "--history", store, "--since", "last week").code()).isEqualTo(2);
        CommandRun pg = CommandRun.of("history", "--history", "jdbc:postgresql://127.0.0.1:1/none?user=u&password=hunter2");
        assertThat(pg.code()).isEqualTo(2);
        assertThat(pg.err()).contains("cannot open history jdbc:postgresql://127.0.0.1:1/none?user=u&password=***")
                .doesNotContain("hunter2");
    }
}
