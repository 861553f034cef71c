package dev.maturity.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.history.ReportFixture;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.ScanRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlatformRunnerTest {

    private static Target target(String name, Duration timeout) {
        return new Target(name, "p", "t", new Target.Git("/r/" + name, null, null), null, null, timeout, Map.of());
    }

    private static ScanRequest request(Target t) {
        return t.toRequest(Instant.parse("2026-11-30T00:00:00Z"), Map.of(), null);
    }

    private static final Report REPORT = ReportFixture.at("2026-11-30T00:00:00Z")
            .llmEvaluation(Outcome.MET, Outcome.MET, Outcome.NOT_MET).build();

    @Test
    void a_hanging_target_times_out_and_a_crashing_one_fails_while_the_others_are_scored() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        PlatformRunner runner = new PlatformRunner((t, r, p) -> {
            switch (t.name()) {
                case "hangs" -> {
                    never.await();
                    return REPORT;
                }
                case "crashes" -> throw new IllegalStateException("repository not found: /r/crashes");
                default -> {
                    return REPORT;
                }
            }
        }, 2, PlatformRunnerTest::request, (t, phase, detail) -> heard.add(t.name() + " " + phase));
        List<Target> targets = List.of(target("hangs", Duration.ofMillis(300)), target("crashes", Duration.ofMinutes(1)),
                target("a", Duration.ofMinutes(1)), target("b", Duration.ofMinutes(1)), target("c", Duration.ofMinutes(1)));
        List<TargetResult> written = Collections.synchronizedList(new ArrayList<>());

        List<TargetResult> results = runner.run(targets, written::add);

        assertThat(results).extracting(r -> r.target().name() + " " + r.status() + " " + r.reason()).containsExactly(
                "hangs TIMED_OUT timed out after 300ms",
                "crashes FAILED IllegalStateException: repository not found: /r/crashes",
                "a SCORED ", "b SCORED ", "c SCORED ");
        assertThat(written).hasSize(5);
        assertThat(heard).contains("hangs QUEUED", "hangs TIMED_OUT", "crashes FAILED", "a SCORED");
    }

    @Test
    void no_more_than_parallel_targets_run_at_once() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        PlatformRunner runner = new PlatformRunner((t, r, p) -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(20);
            running.decrementAndGet();
            return REPORT;
        }, 3, PlatformRunnerTest::request, Progress.NONE);
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            targets.add(target("t" + i, Duration.ofMinutes(1)));
        }

        List<TargetResult> results = runner.run(targets, r -> { });

        assertThat(results).allMatch(TargetResult::scored).hasSize(12);
        assertThat(peak.get()).isLessThanOrEqualTo(3);
    }
}
