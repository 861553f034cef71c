package dev.maturity.probes.git.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.render.TextRenderer;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.scan.Registry;
import dev.maturity.core.scan.Scan;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.ScanInputException;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteScanTest {

    private static final Instant AS_OF = Instant.parse("2026-09-01T00:00:00Z");
    private static final String TOKEN = "ghp_T0kenFromEnv123";
    private static final String URL_SECRET = "pw-InTheUrl456";

    @TempDir
    Path tmp;

    private Path origin() {
        Path dir = tmp.resolve("platform");
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.at(Instant.parse("2026-07-01T09:00:00Z")).file("requirements.txt", "torch==2.4.0\n").commit("deps");
            repo.branch("p").file("prompts/system.txt", "Be kind.\n").commit("prompt");
            repo.checkout("main").as(GitRepoBuilder.BOB, GitRepoBuilder.GITHUB).merge("p", "Merge pull request #4 from acme/p");
            repo.as(GitRepoBuilder.CI_BOT).file("evals/data/cases.jsonl", "{}\n").commit("sample");
        }
        return dir;
    }

    private Report scan(String target, Map<String, String> env) {
        ScanRequest request = new ScanRequest(List.of(target), null, AS_OF, Map.of(), env, tmp);
        return new Scan(Registry.discover(), RubricLoader.loadDefault(), Clock.fixed(AS_OF, ZoneOffset.UTC)).run(request);
    }

    /** Every installed probe's outcome, summary and evidence locators over what the scan collected. */
    private List<String> findings(String target, Map<String, String> env) {
        ScanRequest request = new ScanRequest(List.of(target), null, AS_OF, Map.of(), env, tmp);
        Registry registry = Registry.discover();
        var facts = new Scan(registry, RubricLoader.loadDefault(), Clock.systemUTC()).collect(request).facts();
        var ctx = new dev.maturity.core.spi.ProbeContext(dev.maturity.core.model.Track.LLM, AS_OF,
                RubricLoader.loadDefault().parameters());
        return registry.probes().values().stream().map(p -> p.evaluate(facts, ctx))
                .flatMap(f -> Stream.concat(Stream.of(f.probeId() + " " + f.outcome(), f.summary()),
                        f.evidence().stream().map(e -> e.locator())))
                .toList();
    }

    private static List<String> outcomes(Report r) {
        return r.axes().stream().flatMap(a -> Stream.concat(Stream.of(a.axis() + "/" + a.track() + "=" + a.level()),
                a.criteria().stream().map(CriterionResult::outcome).map(Enum::name))).toList();
    }

    @Test
    void aFileUrlAndThePathOfTheSameRepositoryGiveTheSameLevels() {
        Path origin = origin();
        Map<String, String> env = Map.of(RemoteCache.CACHE_ENV, tmp.resolve("cache").toString());

        Report byPath = scan(origin.toString(), env);
        Report byUrl = scan(origin.toUri().toString(), env);

        assertThat(outcomes(byUrl)).isEqualTo(outcomes(byPath));
        assertThat(findings(origin.toUri().toString(), env)).isEqualTo(findings(origin.toString(), env))
                .contains("git.prompts-change-by-review MET", "git.ml-changes-reviewed MET", "git.dependencies-pinned MET",
                        "git.eval-set-weekly-refresh NOT_MET");
        assertThat(byUrl.axes()).extracting(AxisResult::level).isEqualTo(byPath.axes().stream().map(AxisResult::level).toList());
        assertThat(byUrl.sources().get(0).revision()).isEqualTo(byPath.sources().get(0).revision());
        assertThat(byUrl.sources().get(0).uri()).isEqualTo("file://" + origin);
    }

    @Test
    void theCloneIsReusedAndFetchedIncrementallyOnTheNextScan() throws IOException {
        Path origin = origin();
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of(RemoteCache.CACHE_ENV, cache.toString());
        scan(origin.toUri().toString(), env);
        RevCommit newer;
        try (GitRepoBuilder repo = GitRepoBuilder.open(origin)) {
            newer = repo.at(Instant.parse("2026-08-01T09:00:00Z")).file("train.py", "x\n").commit("train");
        }

        Report second = scan(origin.toUri().toString(), env);

        assertThat(second.sources().get(0).revision()).isEqualTo(newer.getName());
        try (Stream<Path> s = Files.list(cache)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(n -> assertThat(n).matches("[0-9a-f]{24}\\.git"));
        }
        assertThat(Files.exists(cache.resolve(RemoteUrl.parse(origin.toUri().toString()).cacheKey() + ".git/shallow"))).isFalse();
    }

    @Test
    void credentialsFromTheEnvironmentAndTheUrlAppearNowhere() throws IOException {
        Path origin = origin();
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of(RemoteCache.CACHE_ENV, cache.toString(), RemoteCache.TOKEN_ENV, TOKEN);
        String url = "file://alice:" + URL_SECRET + "@" + origin;

        Report report = scan(url, env);
        StringBuilder json = new StringBuilder();
        new ReportJson().render(report, new RenderOptions(true), json);
        StringBuilder text = new StringBuilder();
        new TextRenderer().render(report, new RenderOptions(true), text);

        assertThat(report.sources().get(0).status().name()).isEqualTo("OK");
        assertThat(json.toString()).doesNotContain(TOKEN).doesNotContain(URL_SECRET).contains("file://" + origin);
        assertThat(text.toString()).doesNotContain(TOKEN).doesNotContain(URL_SECRET);
        try (Stream<Path> all = Files.walk(cache)) {
            for (Path p : all.toList()) {
                assertThat(p.toString()).doesNotContain(TOKEN).doesNotContain(URL_SECRET).doesNotContain("alice");
                if (Files.isRegularFile(p) && p.getFileName().toString().equals("config")) {
                    assertThat(Files.readString(p)).doesNotContain(TOKEN).doesNotContain(URL_SECRET);
                }
            }
        }
    }

    @Test
    void anUnreachableRemoteIsAnErrorNamingTheUrlWithoutItsSecret() {
        Map<String, String> env = Map.of(RemoteCache.CACHE_ENV, tmp.resolve("cache").toString(), RemoteCache.TOKEN_ENV, TOKEN);
        String url = "http://alice:" + URL_SECRET + "@127.0.0.1:9/acme/models.git";

        assertThatThrownBy(() -> scan(url, env)).isInstanceOf(ScanInputException.class)
                .hasMessageContaining("cannot fetch http://127.0.0.1:9/acme/models.git")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(URL_SECRET).doesNotContain(TOKEN).doesNotContain("alice"));
        assertThat(tmp.resolve("cache")).satisfies(c -> {
            if (Files.exists(c)) {
                try (Stream<Path> s = Files.list(c)) {
                    assertThat(s.toList()).as("a failed clone leaves nothing behind").isEmpty();
                }
            }
        });
    }

    @Test
    void wrongCredentialsAreAnErrorNamingTheUrlWithoutTheToken() throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"forge\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/acme/models.git";
            // plain http on loopback: the token goes only because the user opted in (CredentialOriginTest)
            RemoteCache cache = new RemoteCache(tmp.resolve("cache"),
                    Map.of(RemoteCache.TOKEN_ENV, TOKEN, RemoteCache.ALLOW_HTTP_ENV, "true"));

            assertThatThrownBy(() -> cache.open(RemoteUrl.parse(url))).isInstanceOf(RemoteFetchException.class)
                    .hasMessageStartingWith("cannot fetch " + url + ": ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).containsIgnoringCase("not authorized"));
            assertThat(asked.get()).as("the forge was asked, with the token").isGreaterThan(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anSshRemoteFailsWithAClearMessageNamingTheUrl() {
        RemoteCache cache = new RemoteCache(tmp.resolve("cache"), Map.of());

        assertThatThrownBy(() -> cache.open(RemoteUrl.parse("ssh://git:" + URL_SECRET + "@127.0.0.1:9/acme/x.git")))
                .isInstanceOf(RemoteFetchException.class)
                .hasMessageStartingWith("cannot fetch ssh://git@127.0.0.1:9/acme/x.git: ")
                .hasMessageContaining("Connection refused")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(URL_SECRET));
    }

    @Test
    void urlsAreParsedIntoADisplayFormWithoutSecrets() {
        assertThat(RemoteUrl.parse("https://x-access-token:" + TOKEN + "@github.com/acme/models.git"))
                .satisfies(u -> {
                    assertThat(u.display()).isEqualTo("https://github.com/acme/models.git");
                    assertThat(u.name()).isEqualTo("models");
                    assertThat(u.toString()).doesNotContain(TOKEN);
                    assertThat(u.cacheKey()).isEqualTo(RemoteUrl.parse("https://github.com/acme/models.git").cacheKey());
                });
        assertThat(RemoteUrl.parse("git@gitlab.com:acme/ml/serving.git").name()).isEqualTo("serving");
        assertThat(RemoteUrl.parse("ssh://git@host:2222/srv/repo.git").display()).isEqualTo("ssh://git@host:2222/srv/repo.git");
        assertThat(RemoteUrl.isRemote("./platform")).isFalse();
        assertThat(RemoteUrl.isRemote("C:/work/platform")).isFalse();
    }
}
