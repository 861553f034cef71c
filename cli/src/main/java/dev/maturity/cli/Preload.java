package dev.maturity.cli;

import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.scan.Registry;
import dev.maturity.core.spi.Collector;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Start-up work every scan needs — the default rubric, the installed collectors and probes, each
 * collector's one-time library set-up — begun on a second thread while picocli builds and parses
 * the command line, so a small scan on a machine with a spare core does not wait for it in turn.
 * A caller gets the same object it would have built itself, or the same exception; nothing here
 * reads a scanned system. Without {@link #start} (tests, other commands) everything is built on
 * the caller's thread, as before.
 */
final class Preload {

    /** The commands that score, and so need the rubric and the registry. */
    static final Set<String> COMMANDS = Set.of("scan", "explain", "rubric", "probes");

    private static volatile Preload started;

    // Anonymous classes, not lambdas: the first lambda of the process sets up the method-handle
    // machinery, and the thread that starts the work should leave that to the one that does it.
    private final FutureTask<Rubric> rubric = new FutureTask<>(new Callable<>() {
        @Override
        public Rubric call() {
            return RubricLoader.loadDefault();
        }
    });
    private final FutureTask<Registry> registry = new FutureTask<>(new Callable<>() {
        @Override
        public Registry call() {
            return Registry.discover();
        }
    });

    private Preload() {
    }

    /** Starts the work for a command line whose first word is a scoring command; once per process. */
    static synchronized void start(String... args) {
        if (started == null && args.length > 0 && COMMANDS.contains(args[0])) {
            started = begin();
        }
    }

    /** Starts the work on a daemon thread of its own. */
    static Preload begin() {
        Preload p = new Preload();
        Thread t = new Thread("maturity-preload") {
            @Override
            public void run() {
                p.work();
            }
        };
        t.setDaemon(true);
        t.start();
        return p;
    }

    private void work() {
        rubric.run();
        registry.run();
        try {
            for (Collector c : registry.get().collectors().values()) {
                c.prepare();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // an exception or a class missing from the jar
            // the caller meets the same failure when it asks for the registry, or when the collector reads
        }
    }

    /** The default rubric: the preloaded one when started, else loaded now. */
    static Rubric defaultRubric() {
        Preload p = started;
        return p == null ? RubricLoader.loadDefault() : p.rubric();
    }

    /** The installed collectors and probes: the preloaded registry when started, else discovered now. */
    static Registry registry() {
        Preload p = started;
        return p == null ? Registry.discover() : p.discovered();
    }

    Rubric rubric() {
        return join(rubric);
    }

    Registry discovered() {
        return join(registry);
    }

    private <T> T join(FutureTask<T> task) {
        if (!task.isDone()) {
            task.run(); // not reached yet by the preload thread: do it here rather than wait
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
