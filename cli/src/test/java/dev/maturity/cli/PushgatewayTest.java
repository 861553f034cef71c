package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.git.GitRepoBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform scan pushed to a real Prometheus Pushgateway (Debian's {@code prometheus-pushgateway},
 * started here on a free port; {@code .ci/run} installs it and names it in
 * {@code $MATURITY_TEST_PUSHGATEWAY}, WireMock keeps the fault cases in PlatformScanCommandTest): every
 * target's series read back from the gateway's {@code /metrics} with target, platform and team, and
 * one shard's push replaces only its own targets' series.
 */
class PushgatewayTest {

    @TempDir
    Path dir;

    private Process gateway;
    private String url;
    private Path config;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Path binary = ExternalTool.require("MATURITY_TEST_PUSHGATEWAY", "prometheus-pushgateway", "pushgateway");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        url = "http://127.0.0.1:" + port;
        gateway = new ProcessBuilder(binary.toString(), "--web.listen-address=127.0.0.1:" + port,
                "--persistence.file=" + dir.resolve("pushgateway.data")).redirectErrorStream(true)
                .redirectOutput(dir.resolve("pushgateway.log").toFile()).start();
        for (int i = 0; i < 100 && !ready(); i++) {
            Thread.sleep(100);
        }
        assertThat(ready()).as("pushgateway ready; log: %s", Files.readString(dir.resolve("pushgateway.log"))).isTrue();
        try (GitRepoBuilder ranker = GitRepoBuilder.init(dir.resolve("repos/ranker"))) {
            ranker.at(Instant.parse("2026-11-02T09:00:00Z")).file("requirements.txt", "scikit-learn==1.5.2\npandas==2.2.3\n")
                    .file("train.py", "from sklearn.ensemble import GradientBoostingClassifier\nmodel = GradientBoostingClassifier().fit(X, y)\n")
                    .commit("Train the ranker");
        }
        try (GitRepoBuilder features = GitRepoBuilder.init(dir.resolve("repos/features"))) {
            features.at(Instant.parse("2026-11-03T09:00:00Z")).file("requirements.txt", "pandas>=2\n")
                    .file("features.py", "from sklearn.linear_model import LogisticRegression\nmodel = LogisticRegression().fit(X, y)\n")
                    .commit("Feature pipeline");
        }
        config = dir.resolve("maturity.yaml");
        Files.writeString(config, """
                version: 1
                platforms:
                  - name: recsys
                    team: ranking
                    targets:
                      - name: ranker
                        git: repos/ranker
                      - name: features
                        git: repos/features
                  - name: genai
                    team: assistants
                    targets:
                      - name: gone
                        git: repos/gone
                """);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (gateway != null) {
            gateway.destroy();
            if (!gateway.waitFor(10, TimeUnit.SECONDS)) {
                gateway.destroyForcibly();
            }
        }
    }

    @Test
    void a_pushed_platform_scan_reads_back_with_target_platform_and_team_and_a_shard_push_keeps_the_others() throws Exception {
        CommandRun all = CommandRun.of("scan", "--config", config.toString(), "--history", dir.resolve("h.db").toString(),
                "--format", "prometheus", "--pushgateway", url, "--allow-failed", "1");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.err()).doesNotContain("push failed");

        List<Map<String, String>> first = samples(metrics(), "maturity_scan_success");
        assertThat(first).contains(
                labels("job", "maturity", "target", "ranker", "platform", "recsys", "team", "ranking", "status", "scored", "value", "1"),
                labels("job", "maturity", "target", "features", "platform", "recsys", "team", "ranking", "status", "scored",
                        "value", "1"),
                labels("job", "maturity", "target", "gone", "platform", "genai", "team", "assistants", "status", "failed",
                        "value", "0"));
        String exposed = metrics();
        List<Map<String, String>> levels = samples(exposed, "maturity_level");
        assertThat(levels).as(exposed).filteredOn(l -> l.get("target").equals("ranker")).hasSize(5)
                .allMatch(l -> l.get("platform").equals("recsys") && l.get("team").equals("ranking")
                        && l.get("track").equals("classical") && l.get("job").equals("maturity"));
        assertThat(levels).filteredOn(l -> l.get("target").equals("features")).hasSize(5);

        Files.createDirectories(dir.resolve("repos/gone"));
        try (GitRepoBuilder gone = GitRepoBuilder.init(dir.resolve("repos/gone"))) {
            gone.at(Instant.parse("2026-11-04T09:00:00Z")).file("requirements.txt", "openai==1.51.0\n")
                    .file("app.py", "from openai import OpenAI\nclient = OpenAI()\n").commit("Assistant");
        }
        // Name order features, gone, ranker: shard 1 of 2 is 'gone' alone.
        CommandRun shard = CommandRun.of("scan", "--config", config.toString(), "--history", dir.resolve("h.db").toString(),
                "--format", "prometheus", "--pushgateway", url, "--shard", "1/2");
        assertThat(shard.code()).as(shard.err()).isZero();

        String after = metrics();
        assertThat(samples(after, "maturity_scan_success")).contains(
                labels("job", "maturity", "target", "gone", "platform", "genai", "team", "assistants", "status", "scored",
                        "value", "1"),
                labels("job", "maturity", "target", "ranker", "platform", "recsys", "team", "ranking", "status", "scored",
                        "value", "1"),
                labels("job", "maturity", "target", "features", "platform", "recsys", "team", "ranking", "status", "scored",
                        "value", "1")).hasSize(3);
        assertThat(samples(after, "maturity_level")).filteredOn(l -> l.get("target").equals("ranker"))
                .containsExactlyInAnyOrderElementsOf(levels.stream().filter(l -> l.get("target").equals("ranker")).toList());
        assertThat(samples(after, "maturity_level")).filteredOn(l -> l.get("target").equals("gone")).isNotEmpty()
                .allMatch(l -> l.get("platform").equals("genai") && l.get("team").equals("assistants"));
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + "/-/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String metrics() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_]+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The samples of one metric as label maps (the gateway's own empty {@code instance} dropped), with "value". */
    private static List<Map<String, String>> samples(String exposition, String metric) {
        return exposition.lines().filter(l -> l.startsWith(metric + "{")).map(l -> {
            Map<String, String> m = new TreeMap<>();
            Matcher x = LABEL.matcher(l.substring(l.indexOf('{'), l.lastIndexOf('}')));
            while (x.find()) {
                if (!(x.group(1).equals("instance") && x.group(2).isEmpty())) {
                    m.put(x.group(1), x.group(2));
                }
            }
            m.put("value", l.substring(l.lastIndexOf(' ') + 1));
            return m;
        }).toList();
    }

    private static Map<String, String> labels(String... kv) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
