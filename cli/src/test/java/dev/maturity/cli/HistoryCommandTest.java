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
import java.util.List;
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

    @Test
    void csv_has_a_header_and_one_row_per_target_axis_track_and_scan_with_the_rubric_version() {
        CommandRun run = CommandRun.of("history", "--history", store, "--format", "csv", "--since", "2026-11-02");

        assertThat(run.code()).as(run.err()).isZero();
        String[] lines = run.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("target,platform,team,scan_id,scanned_at,status,rubric_version,axis,track,applicable,"
                + "level,ceiling,criteria,unknown,reason");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("support-bot,genai,assistants,").endsWith(
                ",2026-11-02T03:17:00Z,SCORED,1,evaluation,llm,true,3,3,3,0,");
        assertThat(lines[2]).contains(",2026-11-03T03:17:00Z,SCORED,1,evaluation,llm,true,2,2,3,0,");
        assertThat(lines[3]).startsWith("ranker,recsys,,").contains(",evaluation,llm,true,1,1,3,0,");
    }

    @Test
    void csv_keeps_hostile_names_as_text_a_spreadsheet_will_not_evaluate() {
        HistoryStore.open(store).append(new Recorded("=HYPERLINK(\"http://evil\",\"x\")", "plat,form", "team\u001b[31m",
                "FAILED", "clone failed: \"denied\"", null));

        CommandRun run = CommandRun.of("history", "--history", store, "--format", "csv", "--target",
                "=HYPERLINK(\"http://evil\",\"x\")");

        assertThat(run.out().split("\r\n")[1]).startsWith(
                "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",\"plat,form\",team\\x1b[31m,")
                .endsWith(",FAILED,,,,,,,,,\"clone failed: \"\"denied\"\"\"");
    }

    @Test
    void json_carries_the_same_rows_beside_the_trends() throws Exception {
        CommandRun run = CommandRun.of("history", "--history", store, "--format", "json", "--platform", "genai");

        JsonNode root = ReportJson.MAPPER.readTree(run.out());
        assertThat(root.get("targets")).extracting(t -> t.get("target").asText()).containsExactly("support-bot");
        JsonNode rows = root.get("rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).get("level").asInt()).isEqualTo(2);
        assertThat(rows.get(2).get("rubric_version").asText()).isEqualTo("1");
        assertThat(rows.get(2).get("team").asText()).isEqualTo("assistants");
    }

    @Test
    void a_missing_store_is_a_usage_error_naming_it_and_is_not_created() {
        Path missing = dir.resolve("nowhere/history.db");

        CommandRun run = CommandRun.of("history", "--history", missing.toString(), "--format", "csv");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no history store at " + missing);
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void html_names_every_target_and_platform_the_five_axes_the_regression_with_its_flipped_criterion_and_the_upgrades()
            throws Exception {
        HistoryStore h = HistoryStore.open(store);
        h.append(new Recorded("fraud-scorer", "risk", "fraud", "SCORED", "", scan("2026-11-01T03:17:00Z", MET, MET)));
        h.append(new Recorded("fraud-scorer", "risk", "fraud", "SCORED", "", scan("2026-11-02T03:17:00Z", MET, MET)));
        h.append(new Recorded("fraud-scorer", "risk", "fraud", "SCORED", "", scan("2026-11-03T03:17:00Z", MET, MET)));
        Path page = dir.resolve("out/platform.html");

        CommandRun run = CommandRun.of("history", "--history", store, "--format", "html", "-o", page.toString(),
                "--changes-since", "2026-11-02T12:00:00Z");

        assertThat(run.code()).as(run.err()).isZero();
        String html = java.nio.file.Files.readString(page);
        assertThat(html).contains("Content-Security-Policy", "default-src 'none'").doesNotContain("<script", "<link", "<img", "src=", "url(");
        for (String name : List.of(">support-bot<", ">ranker<", ">fraud-scorer<", "platform genai", "platform recsys",
                "platform risk", ">reproducibility<", ">evaluation<", ">deployment<", ">observability<", ">governance<")) {
            assertThat(html).contains(name);
        }
        String regressions = html.substring(html.indexOf("<h2 id=\"regressions\">"), html.indexOf("<h2 id=\"gains\">"));
        assertThat(regressions).contains("Regressions since 2026-11-02 (1)", ">support-bot<", "evaluation / llm", "3 → 2",
                "<code class=\"crit\">eval.regression-suite-in-ci</code> <span class=\"pill MET\">MET</span> → "
                        + "<span class=\"pill NOT_MET\">NOT MET</span>");
        String upgrades = html.substring(html.indexOf("<h2 id=\"upgrades\">"), html.indexOf("<h2 id=\"distribution\">"));
        assertThat(upgrades).contains(
                "<code class=\"crit\">eval.gates-block-deploys</code> — <strong>1 target(s) move up</strong>",
                "<span class=\"tname\">fraud-scorer</span> (evaluation/llm 3→4)",
                "<code class=\"crit\">eval.regression-suite-in-ci</code> — <strong>1 target(s) move up</strong>",
                "<span class=\"tname\">support-bot</span> (evaluation/llm 2→3)",
                "<code class=\"crit\">eval.results-recorded</code> — <strong>1 target(s) move up</strong>",
                "<span class=\"tname\">ranker</span> (evaluation/llm 1→2)");
        assertThat(html).contains("<svg class=\"trend\"", "2026-11-01", "2026-11-03");
    }

    @Test
    void html_of_an_empty_store_says_there_are_no_scans_yet() throws Exception {
        String empty = dir.resolve("empty.db").toString();
        HistoryStore.open(empty);

        CommandRun run = CommandRun.of("history", "--history", empty, "--format", "html");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("There are no scans yet").endsWith("</html>\n");
    }
}
