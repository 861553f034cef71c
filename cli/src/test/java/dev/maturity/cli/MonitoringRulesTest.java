package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Outcome;
import dev.maturity.core.render.prometheus.PrometheusRenderer;
import dev.maturity.core.score.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerting rules in deploy/monitoring run by promtool over series the tool itself exposes: four
 * targets of three platforms push at hour 0; at hour 12 one target's evaluation level drops, one
 * target's scan fails and one stops being scanned. The input series are what a Pushgateway holds
 * (each target's last push, rendered by {@link PrometheusRenderer}), hour by hour.
 */
class MonitoringRulesTest {

    static final Path RULES = Path.of("..", "deploy", "monitoring", "maturity-rules.yml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** An LLM evaluation axis as scored, at an hour counted from the Unix epoch (promtool's clock starts there). */
    static Report report(long hour, Outcome inCi) {
        return RecordedScans.evaluation(Instant.ofEpochSecond(hour * 3600).toString(), Outcome.MET, inCi);
    }

    /** Each target's series as the Pushgateway holds them after its last push, by series name with labels. */
    static Map<String, String> exposition(List<PrometheusRenderer.Scanned> pushes, boolean criteria) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (PrometheusRenderer.Scanned s : pushes) {
            StringBuilder body = new StringBuilder();
            PrometheusRenderer.write(List.of(s), criteria, body);
            for (String line : body.toString().split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    int space = line.lastIndexOf(' ');
                    out.put(line.substring(0, space), line.substring(space + 1));
                }
            }
        }
        return out;
    }

    static final PrometheusRenderer.Scanned BILLING = new PrometheusRenderer.Scanned("billing", "risk", "payments", "SCORED",
            report(0, Outcome.MET));

    static List<PrometheusRenderer.Scanned> hour0() {
        return List.of(new PrometheusRenderer.Scanned("ranker", "recsys", "ranking", "SCORED", report(0, Outcome.MET)),
                new PrometheusRenderer.Scanned("chatbot", "genai", "assistants", "SCORED", report(0, Outcome.MET)),
                new PrometheusRenderer.Scanned("fraud", "risk", "fraud", "SCORED", report(0, Outcome.MET)), BILLING);
    }

    /** At hour 12 ranker regressed, chatbot failed, fraud scanned again; billing did not push (its old series stay). */
    static List<PrometheusRenderer.Scanned> hour12() {
        return List.of(new PrometheusRenderer.Scanned("ranker", "recsys", "ranking", "SCORED", report(12, Outcome.NOT_MET)),
                new PrometheusRenderer.Scanned("chatbot", "genai", "assistants", "FAILED", null),
                new PrometheusRenderer.Scanned("fraud", "risk", "fraud", "SCORED", report(12, Outcome.MET)), BILLING);
    }

    @Test
    void promtool_checks_the_rules() throws Exception {
        Path promtool = ExternalTool.require("MATURITY_TEST_PROMTOOL", "promtool");

        String out = run(List.of(promtool.toString(), "check", "rules", RULES.toString()));

        assertThat(out).contains("SUCCESS: 4 rules found");
    }

    @Test
    void promtool_fires_each_alert_on_the_tools_own_series_with_platform_and_team_labels() throws Exception {
        Path promtool = ExternalTool.require("MATURITY_TEST_PROMTOOL", "promtool");
        Map<String, String> before = exposition(hour0(), false);
        Map<String, String> after = exposition(hour12(), false);
        assertThat(after).containsKey("maturity_level{target=\"ranker\",platform=\"recsys\",team=\"ranking\",axis=\"evaluation\","
                + "track=\"llm\"}");
        StringBuilder series = new StringBuilder();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            series.append("      - series: '").append(name).append("'\n        values: '")
                    .append(values(before.get(name), 12)).append(' ').append(values(after.get(name), 29)).append("'\n");
        }
        Path test = dir.resolve("maturity-rules-test.yml");
        Files.writeString(test, "rule_files:\n  - " + RULES + "\nevaluation_interval: 1m\ntests:\n  - interval: 1h\n"
                + "    input_series:\n" + series + ALERTS, StandardCharsets.UTF_8);

        String out = run(List.of(promtool.toString(), "test", "rules", test.toString()));

        assertThat(out).contains("SUCCESS");
    }

    /** {@code count} samples of a value, or missing samples when the series is not there. */
    private static String values(String value, int count) {
        return (value == null ? "_" : value + "+0") + "x" + (count - 1);
    }

    private static final String ALERTS = """
                alert_rule_test:
                  - eval_time: 13h
                    alertname: MaturityLevelDropped
                    exp_alerts:
                      - exp_labels: {severity: warning, target: ranker, platform: recsys, team: ranking, axis: evaluation, track: llm}
                        exp_annotations:
                          summary: "ranker: evaluation/llm dropped to level 2 within 24 h"
                          description: "Team ranking on platform recsys. `maturity history --target` names the criteria that flipped."
                  - eval_time: 13h
                    alertname: MaturityLevelDroppedThisWeek
                    exp_alerts: []
                  - eval_time: 37h
                    alertname: MaturityLevelDropped
                    exp_alerts: []
                  - eval_time: 37h
                    alertname: MaturityLevelDroppedThisWeek
                    exp_alerts:
                      - exp_labels: {severity: info, target: ranker, platform: recsys, team: ranking, axis: evaluation, track: llm}
                        exp_annotations:
                          summary: "ranker: evaluation/llm is at level 2, below its level earlier this week"
                          description: "Team ranking on platform recsys. `maturity history --format html` lists the week's regressions."
                  - eval_time: 13h
                    alertname: MaturityScanFailing
                    exp_alerts:
                      - exp_labels: {severity: warning, target: chatbot, platform: genai, team: assistants, status: failed}
                        exp_annotations:
                          summary: "chatbot: the last maturity scan ended failed"
                          description: "Team assistants on platform genai: its levels are not current."
                  - eval_time: 13h
                    alertname: MaturityScanStale
                    exp_alerts: []
                  - eval_time: 30h
                    alertname: MaturityScanStale
                    exp_alerts:
                      - exp_labels: {severity: warning, target: billing, platform: risk, team: payments}
                        exp_annotations:
                          summary: "billing: no scored maturity scan for 1d 6h 0m 0s"
                          description: "Team payments on platform risk: check the CronJob and the target's last scan."
            """;

    static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
        return out;
    }
}
