package dev.maturity.core.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.fleet.Fleet;
import dev.maturity.core.fleet.FleetReader;
import dev.maturity.core.history.HistoryQuery;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.render.Escape;
import dev.maturity.core.testing.FleetHistory;
import dev.maturity.core.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet page as a platform lead's browser shows it: a generated fleet of 36 targets on three
 * platforms, twelve weekly scans each, with regressions, gains, a failing and a stale target, an older
 * rubric and hostile names, rendered by headless Chromium. Everything is asserted from the DOM Chromium
 * built; every request Chromium made is recorded by a local proxy. Skipped only when no Chromium is
 * installed ({@code .ci/run} installs it). {@code -Dmaturity.screenshot=FILE} keeps the screenshot.
 */
class FleetChromiumTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    @TempDir
    static Path dir;

    private static HeadlessChromium chromium;
    private static FleetHistory.Expected expected;
    private static Fleet fleet;
    private static Document dom;
    private static List<String> domRequests;

    @BeforeAll
    static void renderFleet() throws Exception {
        chromium = HeadlessChromium.start(dir).orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium)");
        HistoryStore store = HistoryStore.open(dir.resolve("history.db").toString());
        expected = new FleetHistory(36, 12, Duration.ofDays(7), NOW.minus(Duration.ofHours(3))).write(store);
        fleet = FleetReader.read(store, HistoryQuery.all(), NOW.minus(Duration.ofDays(7)), NOW);
        Path page = dir.resolve("fleet.html");
        Files.writeString(page, FleetPage.render(fleet), StandardCharsets.UTF_8);
        dom = Jsoup.parse(chromium.run(List.of("--dump-dom", page.toUri().toString()), dir.resolve("dom.out")));
        domRequests = chromium.requests();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void every_target_is_in_the_matrix_under_its_platform_with_five_axes() {
        List<String> shown = dom.select("table.fleet td.tname a").eachText();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected.targets().stream().map(Escape::terminal).toList());
        assertThat(dom.select("table.fleet th.ax").eachText())
                .containsExactly("reproducibility", "evaluation", "deployment", "observability", "governance");
        for (String platform : FleetHistory.PLATFORMS) {
            assertThat(dom.select("table.fleet tr.group th").eachText()).anyMatch(g -> g.startsWith("platform " + platform + " "));
        }
        Element hostile = dom.select("table.fleet td.tname a").stream()
                .filter(a -> a.text().startsWith("<script>")).findFirst().orElseThrow();
        assertThat(hostile.text()).isEqualTo("<script>alert('fleet')</script>");
        assertThat(dom.select("script")).as("no script element came from a target name").isEmpty();
        assertThat(dom.select("img")).as("no image came from a criterion name").isEmpty();
    }

    @Test
    void every_regression_and_gain_names_its_target_level_and_flipped_criteria_with_locators() {
        assertThat(expected.regressions()).isNotEmpty();
        assertThat(expected.gains()).isNotEmpty();
        check(dom.select("table.regressions tr.move"), expected.regressions());
        check(dom.select("table.gains tr.move"), expected.gains());
        assertThat(dom.select("table.regressions ul.flips .loc").eachText())
                .anyMatch(l -> l.startsWith("https://git.example/svc-") && l.contains(":.github/workflows/evaluation.yml#L"));
    }

    private static void check(List<Element> rows, List<FleetHistory.Move> moves) {
        Map<String, List<FleetHistory.Move>> byLevel = moves.stream().collect(Collectors.groupingBy(
                m -> m.target() + "|" + m.axis().id() + " / " + m.track().id() + "|" + m.from() + " → " + m.to()));
        assertThat(rows).hasSize(byLevel.size());
        byLevel.forEach((key, flips) -> {
            String[] k = key.split("\\|");
            Element row = rows.stream().filter(r -> r.selectFirst("a.tname").text().equals(Escape.terminal(k[0]))
                    && r.child(1).text().equals(k[1])).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + key));
            assertThat(row.selectFirst("td.lvmove").text()).isEqualTo(k[2]);
            assertThat(row.select("ul.flips code.crit").eachText())
                    .containsExactlyInAnyOrderElementsOf(flips.stream().map(FleetHistory.Move::criterion).toList());
        });
    }

    @Test
    void a_scan_under_the_older_rubric_shows_its_version_and_its_renamed_criterion_as_text() {
        Element row = dom.select("table.regressions tr.move").stream()
                .filter(r -> r.selectFirst("a.tname").text().equals(new FleetHistory(36, 12, Duration.ofDays(7), NOW).name(2)))
                .findFirst().orElseThrow();
        assertThat(row.child(3).text()).contains("(" + FleetHistory.OLD_RUBRIC + ")", "(" + dev.maturity.core.rubric.RubricLoader.loadDefault().version() + ")");
        assertThat(row.select("ul.flips code.crit").eachText()).contains(FleetHistory.HOSTILE_CRITERION,
                new FleetHistory(36, 12, Duration.ofDays(7), NOW).renamed());
    }

    @Test
    void every_ranked_upgrade_names_the_targets_it_would_move_up() {
        List<Element> items = dom.select("ol.upgrades li.upgrade");
        assertThat(items).hasSize(Math.min(FleetSections.UPGRADES, fleet.upgrades().size()));
        Map<String, Long> lifts = expected.liftedBy().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().distinct().count()));
        long most = lifts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        String first = items.get(0).selectFirst("code.crit").text();
        assertThat(lifts.get(first)).as("the first upgrade lifts the most targets").isEqualTo(most);
        for (Element item : items) {
            String criterion = item.selectFirst("code.crit").text();
            assertThat(item.select(".lifted .tname").eachText()).as(criterion)
                    .containsExactlyInAnyOrderElementsOf(expected.liftedBy().get(criterion).stream().map(Escape::terminal).toList());
        }
    }

    @Test
    void failing_and_stale_targets_are_listed_and_trends_are_svg_with_dates() {
        List<String> flagged = dom.select("table.attention a.tname").eachText();
        assertThat(flagged).containsAll(expected.failing()).containsAll(expected.stale());
        assertThat(dom.select("section.target")).hasSize(expected.targets().size());
        assertThat(dom.select("section.target svg.trend path.series")).hasSizeGreaterThan(expected.targets().size() * 5);
        assertThat(dom.select("section.target svg.trend text").eachText()).contains("2026-12-07");
    }

    @Test
    void the_page_requests_nothing_and_its_screenshot_is_not_blank() throws Exception {
        Path png = dir.resolve("fleet.png");
        int before = chromium.requests().size();
        chromium.run(List.of("--screenshot=" + png, "--window-size=1366,1100", dir.resolve("fleet.html").toUri().toString()),
                dir.resolve("shot.out"));

        HeadlessChromium.assertNotBlank(png, 1366);
        assertThat(chromium.requests().subList(before, chromium.requests().size()))
                .as("requests sent while rendering the page, but for Chromium's own services")
                .allMatch(HeadlessChromium::browserHousekeeping);
        assertThat(domRequests).as("requests sent while building the DOM, but for Chromium's own services")
                .allMatch(HeadlessChromium::browserHousekeeping);
        String keep = System.getProperty("maturity.screenshot");
        if (keep != null && !keep.isBlank()) {
            Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void the_proxy_sees_a_page_that_does_request_something() throws Exception {
        Path leaky = dir.resolve("leaky.html");
        Files.writeString(leaky, "<!DOCTYPE html><html><body><img src=\"http://canary.invalid/pixel.png\"></body></html>");
        int before = chromium.requests().size();

        chromium.run(List.of("--dump-dom", "--virtual-time-budget=3000", leaky.toUri().toString()), dir.resolve("leaky.out"));

        assertThat(chromium.requests().subList(before, chromium.requests().size()))
                .anyMatch(r -> r.contains("canary.invalid") && !HeadlessChromium.browserHousekeeping(r));
    }
}
