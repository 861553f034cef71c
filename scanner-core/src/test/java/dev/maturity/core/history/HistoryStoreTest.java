package dev.maturity.core.history;

import static dev.maturity.core.model.Outcome.MET;
import static dev.maturity.core.model.Outcome.NOT_MET;
import static dev.maturity.core.model.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same history tests against SQLite and PostgreSQL. */
class HistoryStoreTest {

    private static final HistoryEntry.Key EVAL_LLM = new HistoryEntry.Key(Axis.EVALUATION, Track.LLM);

    @TempDir
    Path dir;

    private static Recorded ranker(String at, Outcome results, Outcome inCi, Outcome gates) {
        return new Recorded("ranker", "recsys", "ranking", "SCORED", "",
                ReportFixture.at(at).llmEvaluation(results, inCi, gates).notApplicable(Axis.EVALUATION, Track.CLASSICAL).build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.maturity.core.history.Stores#both")
    void every_scan_is_appended_and_read_back_oldest_first_with_levels_and_outcomes(String kind) throws Exception {
        HistoryStore store = HistoryStore.open(Stores.fresh(kind, dir));
        store.append(ranker("2026-11-02T02:00:00Z", MET, MET, NOT_MET));
        store.append(ranker("2026-11-01T02:00:00Z", MET, NOT_MET, NOT_MET));
        store.append(new Recorded("chatbot", "assist", "genai", "FAILED", "GitCollector: repository not found", null));

        List<HistoryEntry> ranker = store.read("ranker", null);

        assertThat(ranker).extracting(e -> e.scannedAt().toString())
                .containsExactly("2026-11-01T02:00:00Z", "2026-11-02T02:00:00Z");
        HistoryEntry latest = ranker.get(1);
        assertThat(latest.platform()).isEqualTo("recsys");
        assertThat(latest.team()).isEqualTo("ranking");
        assertThat(latest.level(EVAL_LLM)).contains(new HistoryEntry.Level(EVAL_LLM, true, 3, 3));
        assertThat(latest.level(new HistoryEntry.Key(Axis.EVALUATION, Track.CLASSICAL)))
                .contains(new HistoryEntry.Level(new HistoryEntry.Key(Axis.EVALUATION, Track.CLASSICAL), false, null, null));
        assertThat(latest.criteria(EVAL_LLM)).containsEntry("eval.regression-suite-in-ci", MET)
                .containsEntry("eval.gates-block-deploys", NOT_MET).hasSize(3);
        assertThat(store.read(null, null)).extracting(HistoryEntry::target).containsExactly("ranker", "ranker", "chatbot");
        HistoryEntry failed = store.read("chatbot", null).get(0);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.reason()).isEqualTo("GitCollector: repository not found");
        assertThat(failed.levels()).isEmpty();
        assertThat(store.targets()).containsExactly("chatbot", "ranker");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.maturity.core.history.Stores#both")
    void since_keeps_only_scans_from_that_instant(String kind) throws Exception {
        HistoryStore store = HistoryStore.open(Stores.fresh(kind, dir));
        store.append(ranker("2026-11-01T02:00:00Z", MET, NOT_MET, NOT_MET));
        store.append(ranker("2026-11-08T02:00:00Z", MET, MET, NOT_MET));

        assertThat(store.read("ranker", Instant.parse("2026-11-05T00:00:00Z")))
                .extracting(e -> e.scannedAt().toString()).containsExactly("2026-11-08T02:00:00Z");
        assertThat(store.read("nobody", null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.maturity.core.history.Stores#both")
    void a_new_store_is_migrated_to_the_latest_schema_once(String kind) throws Exception {
        String location = Stores.fresh(kind, dir);
        HistoryStore first = HistoryStore.open(location);
        first.append(ranker("2026-11-01T02:00:00Z", MET, MET, MET));

        HistoryStore again = HistoryStore.open(location);

        assertThat(again.schemaVersion()).isEqualTo(Migrations.LATEST).isEqualTo(3);
        assertThat(again.read(null, null)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.maturity.core.history.Stores#both")
    void a_write_interrupted_between_statements_leaves_history_unchanged(String kind) throws Exception {
        HistoryStore store = HistoryStore.open(Stores.fresh(kind, dir));
        store.append(ranker("2026-11-01T02:00:00Z", MET, MET, NOT_MET));
        List<HistoryEntry> before = store.read(null, null);

        assertThatThrownBy(() -> store.append(ranker("2026-11-02T02:00:00Z", MET, NOT_MET, NOT_MET), () -> {
            throw new IllegalStateException("interrupted after the scan row");
        })).hasMessage("interrupted after the scan row");

        assertThat(store.read(null, null)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.maturity.core.history.Stores#both")
    void a_scan_killed_mid_write_leaves_history_readable_and_unchanged(String kind) throws Exception {
        String location = Stores.fresh(kind, dir);
        HistoryStore store = HistoryStore.open(location);
        store.append(ranker("2026-11-01T02:00:00Z", MET, MET, NOT_MET));
        List<HistoryEntry> before = store.read(null, null);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledWriter.class.getName(), location)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("MID-WRITE");
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        HistoryStore reopened = HistoryStore.open(location);
        assertThat(reopened.read(null, null)).isEqualTo(before);
        reopened.append(ranker("2026-11-03T02:00:00Z", MET, NOT_MET, NOT_MET));
        assertThat(reopened.read(null, null)).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.maturity.core.history.Stores#both")
    void two_threads_writing_at_once_both_land(String kind) throws Exception {
        String location = Stores.fresh(kind, dir);
        HistoryStore.open(location);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (String target : List.of("ranker", "chatbot")) {
                writers.add(() -> {
                    HistoryStore own = HistoryStore.open(location);
                    for (int day = 1; day <= 10; day++) {
                        own.append(new Recorded(target, "p", "t", "SCORED", "", ReportFixture
                                .at(String.format("2026-11-%02dT02:00:00Z", day)).llmEvaluation(MET, UNKNOWN, NOT_MET).build()));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(writers)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        HistoryStore store = HistoryStore.open(location);
        assertThat(store.read("ranker", null)).hasSize(10);
        assertThat(store.read("chatbot", null)).hasSize(10)
                .allSatisfy(e -> assertThat(e.level(EVAL_LLM).orElseThrow().ceiling()).isEqualTo(3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.maturity.core.history.Stores#both")
    void two_processes_creating_and_writing_the_same_new_store_at_once_both_land(String kind) throws Exception {
        String location = Stores.fresh(kind, dir);
        List<Process> writers = new ArrayList<>();
        for (String target : List.of("ranker", "chatbot")) {
            writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(), location, target)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        for (Process p : writers) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }

        HistoryStore store = HistoryStore.open(location);
        assertThat(store.read("ranker", null)).hasSize(10);
        assertThat(store.read("chatbot", null)).hasSize(10);
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.maturity.core.history.Stores#both")
    void trends_show_the_scan_where_the_eval_level_dropped_and_the_criterion_that_flipped(String kind) throws Exception {
        HistoryStore store = HistoryStore.open(Stores.fresh(kind, dir));
        store.append(ranker("2026-11-01T02:00:00Z", MET, MET, NOT_MET));
        store.append(ranker("2026-11-02T02:00:00Z", MET, MET, NOT_MET));
        store.append(new Recorded("ranker", "recsys", "ranking", "TIMED_OUT", "timed out after 10m", null));
        store.append(ranker("2026-11-03T02:00:00Z", MET, NOT_MET, NOT_MET));

        Trends trends = Trends.of(store.read("ranker", null)).get(0);

        assertThat(trends.series().get(EVAL_LLM)).extracting(Trends.Point::level).containsExactly(3, 3, 2);
        assertThat(Trends.sparkline(trends.series().get(EVAL_LLM))).isEqualTo("▄▄▃");
        assertThat(trends.changes()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(EVAL_LLM);
            assertThat(c.from()).isEqualTo(3);
            assertThat(c.to()).isEqualTo(2);
            assertThat(c.at()).isEqualTo(Instant.parse("2026-11-03T02:00:00Z"));
            assertThat(c.flipped()).containsExactly(new Trends.Flip("eval.regression-suite-in-ci", MET, NOT_MET));
        });
        assertThat(trends.scans()).hasSize(4);
    }

    @org.junit.jupiter.api.Test
    void sqlite_without_a_native_library_for_this_platform_says_so_and_what_to_use_instead() {
        java.sql.SQLException e = new java.sql.SQLException("Error opening connection", new Exception(
                "No native library found for os.name=Mac, os.arch=aarch64, paths=[/org/sqlite/native/Mac/aarch64]"));
        assertThat(HistoryStore.nativeLibraryHint(e)).startsWith(" (no SQLite native library for ")
                .endsWith(" in this build: use a PostgreSQL history, jdbc:postgresql://..., or -Dorg.sqlite.lib.path=DIR"
                        + " naming a directory that holds libsqlitejdbc for this platform)");
        assertThat(HistoryStore.nativeLibraryHint(new java.sql.SQLException("database is locked"))).isEmpty();
    }
}
