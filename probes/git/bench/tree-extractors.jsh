// Times each tree extractor of probes/git over one repository: wall and CPU time per round.
// Run from the repository root after `mvn -B -pl cli -am package -DskipTests`:
//   REPO=/path/to/repo ROUNDS=3 jshell --class-path cli/target/maturity.jar probes/git/bench/tree-extractors.jsh
import dev.maturity.probes.git.*;
import dev.maturity.core.spi.*;
import java.lang.management.ManagementFactory;
import java.util.*;

var threads = ManagementFactory.getThreadMXBean();
var repoDir = System.getenv("REPO");
var rounds = Integer.parseInt(Objects.requireNonNullElse(System.getenv("ROUNDS"), "3"));
var extractors = ServiceLoader.load(Extractor.class).stream().map(ServiceLoader.Provider::get).toList();
var request = new ScanRequest(List.of(repoDir), null, java.time.Instant.now(), Map.of(), Map.of(), null);
for (int round = 0; round < rounds; round++) {
    long tw = System.nanoTime(), tc = threads.getCurrentThreadCpuTime();
    var tree = new GitCollector(List.of()).collect(request);
    System.out.printf("round %d  %-30s %6d ms wall %6d ms cpu%n", round, "(tree read only)",
            (System.nanoTime() - tw) / 1_000_000, (threads.getCurrentThreadCpuTime() - tc) / 1_000_000);
    for (Extractor e : extractors) {
        long w = System.nanoTime(), c = threads.getCurrentThreadCpuTime();
        var res = new GitCollector(List.of(e)).collect(request);
        System.out.printf("round %d  %-30s %6d ms wall %6d ms cpu %6d facts %4d unreadable%n", round,
                e.getClass().getSimpleName(), (System.nanoTime() - w) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - c) / 1_000_000, res.facts().size() - 1, res.unreadable().size());
    }
}
/exit
