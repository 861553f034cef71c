package dev.maturity.core.scan;

import dev.maturity.core.spi.Collector;
import dev.maturity.core.spi.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The installed collectors and probes, found with {@link ServiceLoader}. Fails fast on a blank or
 * duplicate id, naming both classes, so a broken plugin jar is found at start-up, not mid-scan.
 */
public final class Registry {

    private final Map<String, Collector> collectors;
    private final Map<String, Probe> probes;

    public Registry(List<Collector> collectors, List<Probe> probes) {
        this.collectors = index(collectors, Collector::id, "collector");
        this.probes = index(probes, Probe::id, "probe");
    }

    /** Everything on the class path of the given loader. */
    public static Registry discover(ClassLoader loader) {
        List<Collector> cs = new ArrayList<>();
        ServiceLoader.load(Collector.class, loader).forEach(cs::add);
        List<Probe> ps = new ArrayList<>();
        ServiceLoader.load(Probe.class, loader).forEach(ps::add);
        return new Registry(cs, ps);
    }

    public static Registry discover() {
        return discover(Registry.class.getClassLoader());
    }

    public Map<String, Collector> collectors() {
        return collectors;
    }

    public Map<String, Probe> probes() {
        return probes;
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
