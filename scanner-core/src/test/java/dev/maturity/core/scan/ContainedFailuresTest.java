package dev.maturity.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Probes;
import dev.maturity.core.score.Report;
import dev.maturity.core.spi.Collector;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part that fails in any way short of a VirtualMachineError — an exception, a class missing from
 * the jar, a service that will not load — costs only its own results: a collector becomes an ERROR
 * source naming the cause with its criteria UNKNOWN, a probe makes its criterion UNKNOWN, and the
 * other sources' results stand.
 */
public class ContainedFailuresTest {

    static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;
    Rubric rubric;

    @BeforeEach
    void rubric() throws IOException {
        Path file = dir.resolve("rubric.yaml");
        Files.writeString(file, """
                extends: none
                id: contained
                version: "1"
                detection:
                  classical: [detect.classical]
                  llm: [detect.llm]
                criteria:
                  - {id: repro.code-in-git, axis: reproducibility, track: both, level: 2, question: q, probes: [git.code]}
                  - {id: deploy.gpu-queueing, axis: deployment, track: both, level: 2, question: q, probes: [kubernetes.queues]}
                  - {id: eval.metrics-recorded, axis: evaluation, track: both, level: 2, question: q, probes: [mlflow.metrics]}
                  - {id: gov.owners, axis: governance, track: both, level: 2, question: q, probes: [git.linked]}
                  - {id: repro.pipelines-ci-tested, axis: reproducibility, track: both, level: 3, question: q, probes: [git.absent]}
                  - {id: deploy.canary, axis: deployment, track: both, level: 3, question: q, probes: [git.absent]}
                """);
        rubric = RubricLoader.load(file);
    }

    @Test
    void a_collector_missing_a_class_is_an_error_source_its_criteria_unknown_and_git_levels_stand() {
        Report report = scan(List.of(git(), failing("kubernetes",
                () -> new NoClassDefFoundError("io/fabric8/kubernetes/client/Config")), failing("mlflow",
                () -> new ServiceConfigurationError("okhttp3.Call$Factory: Provider okhttp3.OkHttpClient not found"))),
                probes());

        assertThat(report.sources()).extracting(SourceReport::kind, SourceReport::status, SourceReport::message)
                .containsExactly(
                        Tuple.tuple("git", SourceStatus.OK, ""),
                        Tuple.tuple("kubernetes", SourceStatus.ERROR,
                                "collector kubernetes failed: NoClassDefFoundError: io/fabric8/kubernetes/client/Config"),
                        Tuple.tuple("mlflow", SourceStatus.ERROR, "collector mlflow failed:"
                                + " ServiceConfigurationError: okhttp3.Call$Factory: Provider okhttp3.OkHttpClient not found"));
        CriterionResult gpu = criterion(report, Axis.DEPLOYMENT, "deploy.gpu-queueing");
        assertThat(gpu.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(gpu.summary()).isEqualTo("collector kubernetes failed: NoClassDefFoundError: io/fabric8/kubernetes/client/Config");
        assertThat(criterion(report, Axis.EVALUATION, "eval.metrics-recorded").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(axis(report, Axis.REPRODUCIBILITY).level()).isEqualTo(2);
        assertThat(criterion(report, Axis.REPRODUCIBILITY, "repro.code-in-git").evidence()).extracting(Evidence::locator)
                .containsExactly("repo@" + COMMIT + ":train.py");
        assertThat(axis(report, Axis.DEPLOYMENT).level()).isEqualTo(1);
        assertThat(axis(report, Axis.DEPLOYMENT).ceiling()).isEqualTo(2);
    }

    @Test
    void a_probe_that_throws_makes_only_its_criterion_unknown_with_the_reason() {
        List<Probe> probes = new ArrayList<>(probes());
        probes.removeIf(p -> p.id().equals("git.linked"));
        probes.add(throwing("git.linked", () -> new NoClassDefFoundError("org/yaml/snakeyaml/LoaderOptions")));
        probes.removeIf(p -> p.id().equals("kubernetes.queues"));
        probes.add(throwing("kubernetes.queues", () -> new ServiceConfigurationError("io.fabric8.kubernetes.client.http"
                + ".HttpClient$Factory: Provider io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory not found")));
        Report report = scan(List.of(git()), probes);

        CriterionResult owners = criterion(report, Axis.GOVERNANCE, "gov.owners");
        assertThat(owners.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(owners.summary()).isEqualTo("probe git.linked failed: NoClassDefFoundError: org/yaml/snakeyaml/LoaderOptions");
        assertThat(criterion(report, Axis.DEPLOYMENT, "deploy.gpu-queueing").summary()).isEqualTo("probe kubernetes.queues"
                + " failed: ServiceConfigurationError: io.fabric8.kubernetes.client.http.HttpClient$Factory: Provider"
                + " io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory not found");
        assertThat(axis(report, Axis.REPRODUCIBILITY).level()).isEqualTo(2);
        assertThat(report.sources()).extracting(SourceReport::status).containsExactly(SourceStatus.OK);
    }

    @Test
    void a_virtual_machine_error_is_not_contained() {
        Scan scan = new Scan(new Registry(List.of(git(), failing("kubernetes", () -> new OutOfMemoryError("Java heap space"))),
                probes()), rubric, Clock.fixed(AS_OF, ZoneOffset.UTC));
        assertThatThrownBy(() -> scan.run(request())).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void providers_that_cannot_be_loaded_become_error_sources_and_the_others_still_load() throws IOException {
        Path services = Files.createDirectories(dir.resolve("plugin/META-INF/services"));
        Files.writeString(services.resolve(Collector.class.getName()), String.join("\n",
                "com.example.absent.KubernetesCollector", ExplodingCollector.class.getName(), GitLike.class.getName(), ""));
        Files.writeString(services.resolve(Probe.class.getName()), "com.example.absent.QueueProbe\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("plugin").toUri().toURL()},
                ContainedFailuresTest.class.getClassLoader())) {
            Registry registry = Registry.discover(loader);
            assertThat(registry.collectors()).containsOnlyKeys("git", "kubernetes", "exploding");
            assertThat(registry.loadFailures()).containsExactly("probe com.example.absent.QueueProbe could not be loaded:"
                    + " ServiceConfigurationError: dev.maturity.core.spi.Probe: Provider com.example.absent.QueueProbe not found");

            Report report = new Scan(registry, rubric, Clock.fixed(AS_OF, ZoneOffset.UTC)).run(request());
            assertThat(report.sources()).extracting(SourceReport::kind, SourceReport::status, SourceReport::message)
                    .containsExactlyInAnyOrder(
                            Tuple.tuple("probe", SourceStatus.ERROR, registry.loadFailures().get(0)),
                            Tuple.tuple("exploding", SourceStatus.ERROR, "collector exploding failed:"
                                    + " ServiceConfigurationError: dev.maturity.core.spi.Collector: Provider "
                                    + ExplodingCollector.class.getName() + " could not be instantiated (caused by"
                                    + " NoClassDefFoundError: io/fabric8/kubernetes/client/KubernetesClient)"),
                            Tuple.tuple("git", SourceStatus.OK, ""),
                            Tuple.tuple("kubernetes", SourceStatus.ERROR, "collector kubernetes failed:"
                                    + " ServiceConfigurationError: dev.maturity.core.spi.Collector: Provider"
                                    + " com.example.absent.KubernetesCollector not found"));
        }
    }

    /** A plug-in collector whose constructor needs a class the jar lacks. */
    public static final class ExplodingCollector implements Collector {
        public ExplodingCollector() {
            throw new NoClassDefFoundError("io/fabric8/kubernetes/client/KubernetesClient");
        }

        @Override
        public String id() {
            return "exploding";
        }

        @Override
        public CollectorResult collect(ScanRequest request) {
            throw new AssertionError("never constructed");
        }
    }

    /** A plug-in collector that loads and reads a repository. */
    public static final class GitLike implements Collector {
        @Override
        public String id() {
            return "git";
        }

        @Override
        public CollectorResult collect(ScanRequest request) {
            return git().collect(request);
        }
    }

    private Report scan(List<Collector> collectors, List<Probe> probes) {
        return new Scan(new Registry(collectors, probes), rubric, Clock.fixed(AS_OF, ZoneOffset.UTC)).run(request());
    }

    private static ScanRequest request() {
        return new ScanRequest(List.of("repo"), null, AS_OF, Map.of(), Map.of(), null);
    }

    static Collector git() {
        return collector("git", () -> CollectorResult.builder().source(SourceReport.ok("git", "repo", COMMIT))
                .read("git.tree").build());
    }

    static Collector failing(String id, Supplier<Throwable> failure) {
        return collector(id, () -> {
            Throwable t = failure.get();
            if (t instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) t;
        });
    }

    static Collector collector(String id, Supplier<CollectorResult> result) {
        return new Collector() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public CollectorResult collect(ScanRequest request) {
                return result.get();
            }
        };
    }

    /** Probes that answer from their domain: MET citing a file when it was read, else UNKNOWN with the reason. */
    static List<Probe> probes() {
        List<Probe> out = new ArrayList<>();
        out.add(reading("detect.classical", "git.tree"));
        out.add(probe("detect.llm", (facts) -> Finding.notMet("detect.llm", "no LLM use", List.of(train()))));
        out.add(reading("git.code", "git.tree"));
        out.add(reading("git.linked", "git.tree"));
        out.add(reading("kubernetes.queues", "kubernetes.kueue.x-k8s.io/workloads"));
        out.add(reading("mlflow.metrics", "mlflow.runs"));
        out.add(probe("git.absent", facts -> Finding.notMet("git.absent", "searched the tree", List.of(train()))));
        return out;
    }

    static Probe reading(String id, String domain) {
        return probe(id, facts -> {
            var a = facts.availability(domain);
            return a.available() ? Finding.met(id, "found", List.of(train())) : Finding.unknown(id, a.reason());
        });
    }

    static Probe throwing(String id, Supplier<Error> error) {
        return probe(id, facts -> {
            throw error.get();
        });
    }

    static Probe probe(String id, java.util.function.Function<Facts, Finding> answer) {
        return Probes.answering(id, answer);
    }

    static Evidence train() {
        return new Evidence(GitLocation.file("repo", COMMIT, "train.py"), Strength.LIVE, "sha256:00", "training script");
    }

    private static AxisResult axis(Report report, Axis axis) {
        return report.axis(axis, Track.CLASSICAL).orElseThrow();
    }

    private static CriterionResult criterion(Report report, Axis axis, String id) {
        return axis(report, axis).criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
