package dev.maturity.core.scan;

import dev.maturity.core.spi.Collector;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.Failures;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ScanRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The installed collectors and probes, found with {@link ServiceLoader}. Fails fast on a blank or
 * duplicate id, naming both classes, so a broken plugin jar is found at start-up, not mid-scan. A
 * provider that cannot be loaded is reported in the scan instead ({@link #discover(ClassLoader)}).
 */
public final class Registry {

    static final int MAX_PROVIDERS = 10_000;
    private static final Pattern PROVIDER = Pattern.compile("Provider (\\S+)");

    private final Map<String, Collector> collectors;
    private final Map<String, Probe> probes;
    private final List<String> loadFailures;

    public Registry(List<Collector> collectors, List<Probe> probes) {
        this(collectors, probes, List.of());
    }

    private Registry(List<Collector> collectors, List<Probe> probes, List<String> loadFailures) {
        this.collectors = index(collectors, Collector::id, "collector");
        this.probes = index(probes, Probe::id, "probe");
        this.loadFailures = List.copyOf(loadFailures);
    }

    /**
     * Everything on the class path of the given loader. A provider that cannot be loaded (its class
     * or one it needs is missing, its constructor throws) does not stop the others: an unloadable
     * collector stays in the registry and fails its scan as an ERROR source naming the cause, and an
     * unloadable probe is listed in {@link #loadFailures()} (its criteria are UNKNOWN: no installed probe).
     */
    public static Registry discover(ClassLoader loader) {
        List<Collector> cs = new ArrayList<>();
        List<Throwable> unloadable = new ArrayList<>();
        load(Collector.class, loader, cs::add, unloadable::add);
        Set<String> ids = new HashSet<>();
        cs.forEach(c -> ids.add(c.id()));
        for (Throwable e : unloadable) {
            String id = Unloadable.idOf(e);
            for (int n = 2; !ids.add(id); n++) {
                id = Unloadable.idOf(e) + "#" + n;
            }
            cs.add(new Unloadable(id, e));
        }
        List<String> failures = new ArrayList<>();
        List<Probe> ps = new ArrayList<>();
        load(Probe.class, loader, ps::add, e -> failures.add("probe " + providerName(e) + " could not be loaded: "
                + Failures.describe(e)));
        return new Registry(cs, ps, failures);
    }

    private static <T> void load(Class<T> type, ClassLoader loader, Consumer<T> found, Consumer<Throwable> failed) {
        Iterator<T> it = ServiceLoader.load(type, loader).iterator();
        for (int attempts = 0; attempts < MAX_PROVIDERS; attempts++) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                found.accept(it.next());
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                failed.accept(e); // the iterator goes on with the next provider
            }
        }
    }

    /** The provider class a {@link java.util.ServiceConfigurationError} names, or "?" when it names none. */
    static String providerName(Throwable e) {
        Matcher m = PROVIDER.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) : "?";
    }

    /**
     * A collector whose class could not be loaded or instantiated. Its id is the provider's class name
     * without {@code Collector}, lower case ({@code KubernetesCollector} is {@code kubernetes}), so the
     * source and the domains it would have read are named as they would have been.
     */
    static final class Unloadable implements Collector {
        private final Throwable cause;
        private final String id;

        Unloadable(String id, Throwable cause) {
            this.id = id;
            this.cause = cause;
        }

        static String idOf(Throwable cause) {
            String name = providerName(cause);
            String simple = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1)
                    .replaceFirst("Collector$", "");
            return simple.isEmpty() || simple.equals("?") ? "unloadable" : simple.toLowerCase(Locale.ROOT);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public CollectorResult collect(ScanRequest request) {
            if (cause instanceof Error e) {
                throw e; // the scan reports it as this collector's failure
            }
            throw cause instanceof RuntimeException e ? e : new IllegalStateException(cause);
        }
    }

    public static Registry discover() {
        return discover(Registry.class.getClassLoader());
    }

    /** The same probes and load failures, each collector passed through {@code wrap} (to record or replay what it read). */
    public Registry withCollectors(java.util.function.UnaryOperator<Collector> wrap) {
        return new Registry(collectors.values().stream().map(wrap).toList(), List.copyOf(probes.values()), loadFailures);
    }

    public Map<String, Collector> collectors() {
        return collectors;
    }

    public Map<String, Probe> probes() {
        return probes;
    }

    /** Why each probe that could not be loaded was not, one line each. */
    public List<String> loadFailures() {
        return loadFailures;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what) {
        Map<String, T> out = new TreeMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key == null || key.isBlank()) {
                throw new IllegalStateException(what + " " + item.getClass().getName() + " has a blank id");
            }
            T previous = out.putIfAbsent(key, item);
            if (previous != null) {
                throw new IllegalStateException("duplicate " + what + " id '" + key + "': "
                        + previous.getClass().getName() + " and " + item.getClass().getName());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
