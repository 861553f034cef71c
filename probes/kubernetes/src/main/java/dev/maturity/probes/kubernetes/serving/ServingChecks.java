package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.spi.ProbeContext;
import java.util.List;
import java.util.Map;

/** The per-service checks behind the serving probes; each returns why a service passes, or null. */
public final class ServingChecks {

    static final List<String> DEFAULT_OWNER_LABELS = List.of("team", "owner", "app.kubernetes.io/owner",
            "app.kubernetes.io/team", "owner-team");

    private ServingChecks() {
    }

    /** An owner or team label on the service or its pods ({@code kubernetes.owner-labels}). */
    public static String ownerLabel(ModelService s, ProbeContext ctx) {
        for (String key : ctx.list("kubernetes.owner-labels", DEFAULT_OWNER_LABELS)) {
            for (Map<String, String> labels : List.of(s.object().labels(), s.podLabels())) {
                String v = labels.get(key);
                if (v != null && !v.isBlank()) {
                    return "label " + key + "=" + v;
                }
            }
        }
        return null;
    }

    /** Every model reference points into a registry or artefact store. */
    public static String fromRegistry(ModelService s, ProbeContext ctx) {
        List<String> refs = s.modelRefs().stream().filter(r -> !r.startsWith("revision:")).toList();
        if (refs.isEmpty() || !refs.stream().allMatch(ModelRefs::fromStore)) {
            return null;
        }
        return "model from " + String.join(", ", refs);
    }

    /** A model-version label or annotation, or every model reference pinned to an immutable version. */
    public static String pinsVersion(ModelService s, ProbeContext ctx) {
        for (Map<String, String> m : List.of(s.object().labels(), s.object().annotations(), s.podLabels())) {
            for (Map.Entry<String, String> e : m.entrySet()) {
                if (e.getKey().matches("(?i).*model[-_.]?version") && !e.getValue().isBlank()
                        && !e.getValue().equalsIgnoreCase("latest")) {
                    return e.getKey() + "=" + e.getValue();
                }
            }
        }
        List<String> refs = s.modelRefs();
        boolean revision = refs.stream().anyMatch(r -> r.startsWith("revision:") && ModelRefs.pinned(r));
        List<String> models = refs.stream().filter(r -> !r.startsWith("revision:")).toList();
        if (models.isEmpty()) {
            return null;
        }
        if (models.stream().allMatch(r -> ModelRefs.pinned(r) || revision)) {
            return "pinned " + String.join(", ", refs);
        }
        return null;
    }
}
