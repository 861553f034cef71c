package dev.maturity.probes.mlflow;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.probes.mlflow.client.MlflowHttp;
import dev.maturity.probes.mlflow.client.MlflowReadException;
import dev.maturity.probes.mlflow.prompts.PromptReader;
import dev.maturity.probes.mlflow.prompts.PromptVersion;
import dev.maturity.probes.mlflow.registry.ModelVersion;
import dev.maturity.probes.mlflow.registry.ProductionVersions;
import dev.maturity.probes.mlflow.registry.RegistryReader;
import dev.maturity.probes.mlflow.runs.Run;
import dev.maturity.probes.mlflow.runs.RunReader;
import dev.maturity.probes.mlflow.traces.TraceReader;
import dev.maturity.probes.mlflow.traces.TraceSample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One read of a tracking server, in three rounds with at most {@code concurrency} requests in
 * flight: (1) experiments, registry and prompts; (2) recent runs and traces of the active
 * experiments; (3) the runs of production-candidate versions not already read, once each.
 * Each domain fails alone; its failure is kept with the status it maps to.
 */
final class TrackingServerRead {

    /** Why a domain could not be read. */
    record Failure(SourceStatus status, String message) {
    }

    private final MlflowHttp http;
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private String summary = "";

    TrackingServerRead(MlflowHttp http) {
        this.http = http;
    }

    Map<String, Failure> failures() {
        return failures;
    }

    List<Fact> facts() {
        return facts;
    }

    String summary() {
        return summary;
    }

    TrackingServerRead run() {
        ExecutorService pool = Executors.newFixedThreadPool(http.settings().concurrency(), r -> {
            Thread t = new Thread(r, "mlflow-read");
            t.setDaemon(true);
            return t;
        });
        try {
            read(pool);
        } finally {
            pool.shutdownNow();
        }
        return this;
    }

    private void read(ExecutorService pool) {
        RunReader runs = new RunReader(http);
        Future<List<String>> experiments = pool.submit(runs::activeExperiments);
        Future<RegistryReader.Contents> registry = pool.submit(() -> new RegistryReader(http).read());
        Future<List<PromptVersion>> prompts = pool.submit(() -> new PromptReader(http).read());

        List<String> exps = await(experiments, MlflowDomains.RUNS, MlflowDomains.TRACES);
        Future<List<Run>> recent = exps == null ? null
                : pool.submit(() -> runs.recentRuns(exps, http.settings().maxRuns()));
        Future<List<TraceSample>> traces = exps == null ? null
                : pool.submit(() -> new TraceReader(http).read(exps));

        RegistryReader.Contents reg = await(registry, MlflowDomains.REGISTRY);
        List<PromptVersion> promptVersions = await(prompts, MlflowDomains.PROMPTS);
        List<Run> recentRuns = recent == null ? null : await(recent, MlflowDomains.RUNS);
        List<Run> versionRuns = List.of();
        if (reg != null && recentRuns != null) {
            versionRuns = versionRuns(pool, runs, reg.versions(), recentRuns);
        }
        List<TraceSample> traceSamples = traces == null ? null : await(traces, MlflowDomains.TRACES);

        if (reg != null) {
            facts.addAll(reg.models());
            facts.addAll(reg.versions());
        }
        if (recentRuns != null && versionRuns != null) {
            facts.addAll(recentRuns);
            facts.addAll(versionRuns);
        }
        if (promptVersions != null) {
            facts.addAll(promptVersions);
        }
        if (traceSamples != null) {
            facts.addAll(traceSamples);
        }
        summary = summary(exps, reg, recentRuns, versionRuns, promptVersions, traceSamples);
    }

    /** Fetches each run a production candidate needs and the recent runs did not include, once, in parallel. */
    private List<Run> versionRuns(ExecutorService pool, RunReader runs, List<ModelVersion> versions, List<Run> recent) {
        Set<String> seen = new LinkedHashSet<>();
        recent.forEach(r -> seen.add(r.runId()));
        Set<String> needed = new LinkedHashSet<>();
        for (ModelVersion v : ProductionVersions.candidates(versions)) {
            if (!v.runId().isEmpty() && !seen.contains(v.runId())) {
                needed.add(v.runId());
            }
        }
        List<Future<Optional<Run>>> pending = new ArrayList<>();
        needed.forEach(id -> pending.add(pool.submit(() -> runs.run(id))));
        List<Run> out = new ArrayList<>();
        for (Future<Optional<Run>> f : pending) {
            Optional<Run> r = await(f, MlflowDomains.RUNS);
            if (r == null) {
                pending.forEach(p -> p.cancel(true));
                return null;
            }
            r.ifPresent(out::add);
        }
        return out;
    }

    /** The task's value, or null after recording the failure against the given domains. */
    private <T> T await(Future<T> future, String... domains) {
        Failure failure;
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            failure = cause instanceof MlflowReadException m ? new Failure(m.status(), m.getMessage())
                    : new Failure(SourceStatus.ERROR, "unexpected " + cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new Failure(SourceStatus.UNAVAILABLE, "interrupted");
        }
        for (String d : domains) {
            failures.putIfAbsent(d, failure);
        }
        return null;
    }

    private static String summary(List<String> exps, RegistryReader.Contents reg, List<Run> recent, List<Run> versionRuns,
                                  List<PromptVersion> prompts, List<TraceSample> traces) {
        List<String> parts = new ArrayList<>();
        if (reg != null) {
            parts.add(reg.models().size() + " registered models with " + reg.versions().size() + " versions");
        }
        if (exps != null && recent != null) {
            parts.add(recent.size() + " recent runs in " + exps.size() + " active experiments"
                    + (versionRuns == null || versionRuns.isEmpty() ? "" : " and " + versionRuns.size() + " version runs"));
        }
        if (prompts != null) {
            parts.add(prompts.size() + " prompt versions");
        }
        if (traces != null) {
            parts.add(traces.stream().mapToInt(t -> t.traces().size()).sum() + " recent traces");
        }
        return "read " + String.join(", ", parts);
    }
}
