package dev.maturity.cli.audit;

import static dev.maturity.core.model.Outcome.MET;
import static dev.maturity.core.model.Outcome.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maturity.cli.AuditHarness;
import dev.maturity.cli.RecordedScans;
import dev.maturity.core.audit.AuditPack;
import dev.maturity.core.audit.Dsse;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.history.Recorded;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.score.Report;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit --period FROM..TO}: history criteria judged over the period (the scan's reference is
 * its last second, review windows its length), the history store's scans of the period as trends and
 * regressions in {@code period.json} and {@code controls.html}, the period in the attestation.
 */
class AuditPeriodTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Report scan(String at, Outcome inCi) {
        return RecordedScans.evaluation(at, MET, inCi);
    }

    @Test
    void the_period_holds_the_scans_of_its_days_their_trend_and_the_regression_with_the_criterion_that_flipped() throws Exception {
        String store = dir.resolve("history.db").toString();
        HistoryStore h = HistoryStore.open(store);
        h.append(Recorded.scored("support-assistant", scan("2026-08-20T03:00:00Z", NOT_MET))); // before the period
        h.append(Recorded.scored("support-assistant", scan("2026-09-10T03:00:00Z", MET)));
        h.append(Recorded.scored("support-assistant", scan("2026-10-10T03:00:00Z", MET)));
        h.append(Recorded.scored("support-assistant", scan("2026-11-10T03:00:00Z", NOT_MET)));
        h.append(Recorded.scored("support-assistant", scan("2026-12-05T03:00:00Z", MET)));     // after it
        Path repo = LlmAppPlatform.evaluationLevel3(dir.resolve("support-assistant"));
        Path pack = dir.resolve("q4.zip");

        AuditHarness.Run run = AuditHarness.audit(Map.of(), repo.toString(), "--period", "2026-09-01..2026-11-30",
                "--history", store, "--target", "support-assistant", "--output", pack.toString());

        assertThat(run.code()).as(run.err()).isZero();
        Map<String, byte[]> entries = AuditPlatform.entries(pack);
        JsonNode period = JSON.readTree(entries.get("period.json"));
        assertThat(period.path("from").asText()).isEqualTo("2026-09-01");
        assertThat(period.path("to").asText()).isEqualTo("2026-11-30");
        assertThat(period.path("days").asInt()).isEqualTo(91);
        JsonNode target = period.path("targets").get(0);
        assertThat(target.path("target").asText()).isEqualTo("support-assistant");
        assertThat(target.path("scans").asInt()).isEqualTo(3);
        JsonNode axis = target.path("axes").get(0);
        assertThat(List.of(axis.path("axis").asText(), axis.path("track").asText(), axis.path("first").asInt(),
                axis.path("last").asInt(), axis.path("lowest").asInt(), axis.path("highest").asInt()))
                .containsExactly("evaluation", "llm", 3, 2, 2, 3);
        JsonNode regression = target.path("regressions").get(0);
        assertThat(regression.path("at").asText()).isEqualTo("2026-11-10T03:00:00Z");
        assertThat(regression.path("flipped").get(0).asText()).isEqualTo("eval.regression-suite-in-ci MET→NOT_MET");

        JsonNode report = JSON.readTree(entries.get("report.json"));
        assertThat(report.path("asOf").asText()).isEqualTo("2026-11-30T23:59:59Z");
        assertThat(summary(report, "gov.changes-reviewed")).contains("91 days");
        String html = new String(entries.get("controls.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Review period 2026-09-01 to 2026-11-30", "3 scan(s) of support-assistant read from",
                "went from level 3 to 2 (eval.regression-suite-in-ci MET→NOT_MET)");
        JsonNode statement = JSON.readTree(Dsse.parse(entries.get(AuditPack.ATTESTATION)).payload());
        assertThat(statement.path("predicate").path("period").path("from").asText()).isEqualTo("2026-09-01");
        assertThat(statement.path("predicate").path("period").path("to").asText()).isEqualTo("2026-11-30");
    }

    private static String summary(JsonNode report, String criterion) {
        for (JsonNode a : report.path("axes")) {
            if (!a.path("track").asText().equals("llm")) {
                continue;
            }
            for (JsonNode c : a.path("criteria")) {
                if (c.path("id").asText().equals(criterion) && c.has("summary")) {
                    return c.path("summary").asText();
                }
            }
        }
        return "";
    }
}
