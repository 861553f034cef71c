package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.render.prometheus.PrometheusRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard in deploy/monitoring queries only what the tool exports: every metric name
 * and every label it selects, groups by, joins on or shows in a legend is one the Prometheus renderer
 * writes for a platform scan (criterion series included), or one the Pushgateway and Prometheus add
 * ({@code job}, {@code instance}). Also the alerting rules, which promtool checks for syntax only.
 */
class DashboardSeriesTest {

    private static final Path DASHBOARD = Path.of("..", "deploy", "monitoring", "grafana-dashboard.json");
    private static final Set<String> PROMQL = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "max", "min", "sum", "count", "avg", "time", "max_over_time", "label_values", "label_replace", "unless", "and", "or",
            "bool", "offset", "humanizeDuration");
    private static final Pattern METRIC = Pattern.compile("\\b(maturity_[a-z_]+)\\b");
    private static final Pattern SELECTOR = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring)\\s*\\(([^)]*)\\)");
    private static final Pattern LEGEND = Pattern.compile("\\{\\{\\s*\\.?\\$?(?:labels\\.)?([a-zA-Z_][a-zA-Z0-9_]*)\\s*}}");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((?:[^,]*,)?\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)");

    /** Metric names and label names the tool's platform-scan exposition holds, plus the labels pushing and scraping add. */
    static Set<String>[] exported() throws Exception {
        StringBuilder body = new StringBuilder();
        List<PrometheusRenderer.Scanned> pushes = new ArrayList<>(MonitoringRulesTest.hour12());
        PrometheusRenderer.write(pushes, true, body);
        Set<String> metrics = new TreeSet<>();
        Set<String> labels = new TreeSet<>(Set.of("job", "instance"));
        for (String line : body.toString().split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            metrics.add(line.substring(0, line.indexOf('{')));
            Matcher m = Pattern.compile("([a-z_]+)=\"").matcher(line.substring(line.indexOf('{')));
            while (m.find()) {
                labels.add(m.group(1));
            }
        }
        @SuppressWarnings("unchecked")
        Set<String>[] out = new Set[] {metrics, labels};
        return out;
    }

    @Test
    void every_series_and_label_the_dashboard_queries_is_exported() throws Exception {
        Set<String>[] exported = exported();
        JsonNode dashboard = ReportJson.MAPPER.readTree(Files.readString(DASHBOARD));
        List<String> exprs = new ArrayList<>();
        List<String> legends = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                exprs.add(target.get("expr").asText());
                legends.add(target.path("legendFormat").asText());
            }
        }
        for (JsonNode v : dashboard.path("templating").path("list")) {
            if (v.path("type").asText().equals("query")) {
                exprs.add(v.path("query").path("query").asText());
            }
        }
        assertThat(exprs).hasSizeGreaterThanOrEqualTo(8);
        Set<String> metrics = new TreeSet<>();
        Set<String> labels = new TreeSet<>();
        for (String e : exprs) {
            collect(e, metrics, labels);
        }
        legends.forEach(l -> find(LEGEND, l, labels));
        assertThat(metrics).as("metrics the dashboard queries").isNotEmpty().isSubsetOf(exported[0]);
        assertThat(labels).as("labels the dashboard selects, groups by or shows").contains("platform", "team", "target")
                .isSubsetOf(exported[1]);
        assertThat(metrics).contains("maturity_level", "maturity_ceiling", "maturity_scan_success", "maturity_scan_timestamp_seconds");
    }

    @Test
    void the_alerting_rules_use_only_exported_series_and_labels() throws Exception {
        Set<String>[] exported = exported();
        String rules = Files.readString(MonitoringRulesTest.RULES);
        Set<String> metrics = new TreeSet<>();
        Set<String> labels = new TreeSet<>();
        Matcher expr = Pattern.compile("expr: (.*)").matcher(rules);
        while (expr.find()) {
            collect(expr.group(1), metrics, labels);
        }
        find(Pattern.compile("\\$labels\\.([a-zA-Z_]+)"), rules, labels);
        assertThat(metrics).isSubsetOf(exported[0]).contains("maturity_level", "maturity_scan_success",
                "maturity_scan_timestamp_seconds");
        assertThat(labels).isSubsetOf(exported[1]).contains("platform", "team", "target", "axis", "track", "status");
    }

    @Test
    void a_label_the_exporter_does_not_write_is_caught() throws Exception {
        Set<String> metrics = new TreeSet<>();
        Set<String> labels = new TreeSet<>();

        collect("sum by (namespace) (maturity_levels{squad=\"x\"})", metrics, labels);

        assertThat(metrics).containsExactly("maturity_levels").doesNotContainAnyElementsOf(exported()[0]);
        assertThat(labels).containsExactlyInAnyOrder("namespace", "squad").doesNotContainAnyElementsOf(exported()[1]);
    }

    /** Metric names, and label names in selectors, groupings and label_values() of one PromQL expression. */
    static void collect(String expr, Set<String> metrics, Set<String> labels) {
        find(METRIC, expr, metrics);
        Matcher sel = SELECTOR.matcher(expr);
        while (sel.find()) {
            Matcher m = MATCHER.matcher(sel.group(1).replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\""));
            while (m.find()) {
                labels.add(m.group(1));
            }
        }
        Matcher g = GROUPING.matcher(expr);
        while (g.find()) {
            for (String l : g.group(1).split(",")) {
                if (!l.isBlank()) {
                    labels.add(l.strip());
                }
            }
        }
        find(LABEL_VALUES, expr, labels);
        labels.removeAll(PROMQL);
    }

    private static void find(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
