package dev.maturity.cli;

import dev.maturity.core.render.Renderer;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The installed report formats, found with ServiceLoader. */
final class Renderers {

    private Renderers() {
    }

    static TreeMap<String, Renderer> all() {
        TreeMap<String, Renderer> out = new TreeMap<>();
        ServiceLoader.load(Renderer.class, Renderers.class.getClassLoader()).forEach(r -> out.put(r.format(), r));
        return out;
    }

    static Renderer find(String format) {
        TreeMap<String, Renderer> all = all();
        Renderer r = all.get(format.trim().toLowerCase(java.util.Locale.ROOT));
        if (r == null) {
            throw new ExitCodes.UsageException("unknown format '" + format + "' (available: " + String.join(", ", all.keySet()) + ")");
        }
        return r;
    }
}
