package dev.maturity.cli;

import dev.maturity.core.render.Renderer;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The installed report formats, found with ServiceLoader. A format is looked up by instantiating
 * providers one at a time until one matches, so a text report never initialises the JSON mapper.
 */
final class Renderers {

    private Renderers() {
    }

    static TreeMap<String, Renderer> all() {
        TreeMap<String, Renderer> out = new TreeMap<>();
        loader().forEach(r -> out.put(r.format(), r));
        return out;
    }

    static Renderer find(String format) {
        String wanted = format.trim().toLowerCase(Locale.ROOT);
        for (Renderer r : loader()) {
            if (r.format().equals(wanted)) {
                return r;
            }
        }
        throw new ExitCodes.UsageException("unknown format '" + format + "' (available: " + String.join(", ", all().keySet()) + ")");
    }

    private static ServiceLoader<Renderer> loader() {
        return ServiceLoader.load(Renderer.class, Renderers.class.getClassLoader());
    }
}
