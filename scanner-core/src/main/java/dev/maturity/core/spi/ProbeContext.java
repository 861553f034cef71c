package dev.maturity.core.spi;

import dev.maturity.core.model.Track;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The track a probe is asked about, the scan's reference time (history windows end here) and the
 * rubric's parameters (thresholds, patterns), read with typed getters and defaults.
 */
public record ProbeContext(Track track, Instant asOf, Map<String, Object> parameters) {

    public ProbeContext {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(asOf, "asOf");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public double number(String key, double dflt) {
        Object v = parameters.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("rubric parameter '" + key + "' is not a number: " + s, e);
            }
        }
        return dflt;
    }

    public int integer(String key, int dflt) {
        return (int) Math.round(number(key, dflt));
    }

    public String text(String key, String dflt) {
        Object v = parameters.get(key);
        return v == null ? dflt : v.toString();
    }

    public List<String> list(String key, List<String> dflt) {
        Object v = parameters.get(key);
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        if (v instanceof String s) {
            return List.of(s.split("\\s*,\\s*"));
        }
        return dflt;
    }
}
