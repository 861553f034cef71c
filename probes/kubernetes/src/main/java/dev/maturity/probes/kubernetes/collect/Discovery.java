package dev.maturity.probes.kubernetes.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.probes.kubernetes.api.ApiKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the API server serves, asked before anything is listed, so that "not installed" (read, empty)
 * is told apart from "not allowed" and "served in a version the scanner does not read". Reads
 * {@code /apis} as an APIGroupList; when a server answers it with something else, each known
 * group/version is asked directly ({@code /apis/group/version}).
 */
public final class Discovery {

    private final ApiReader reader;
    private final Map<String, Set<String>> groups = new HashMap<>();
    private final Map<String, Resources> resources = new HashMap<>();
    private boolean groupListServed;

    Discovery(ApiReader reader) {
        this.reader = reader;
    }

    /**
     * Reads the core and group lists; throws {@link ApiReader.Unreachable}, {@link Refused} or
     * {@link Malformed} when the server cannot be used.
     */
    static Discovery run(ApiReader reader, List<ApiKind> kinds) {
        Discovery d = new Discovery(reader);
        ApiReader.Answer core = reader.get("/api");
        if (core.code() == 401) {
            throw new Failed(SourceStatus.FORBIDDEN, "credentials rejected (HTTP 401): expired or invalid token or certificate");
        }
        if (!core.ok()) {
            throw new Failed(ApiReader.Answer.statusOf(core.code()), (core.code() == 403 ? "discovery GET /api failed: "
                    : "discovery GET /api " + ApiReader.Answer.kindOf(core.code()) + ": ") + core.statusMessage());
        }
        if (!core.json().path("versions").isArray()) {
            throw new Malformed("discovery GET /api answered HTTP " + core.code() + " with " + core.describeBody()
                    + ", not an APIVersions object: not a Kubernetes API server (a proxy or login page?)");
        }
        d.groups.put("", Set.of("v1"));
        ApiReader.Answer apis = reader.get("/apis");
        JsonNode list = apis.ok() ? apis.json() : null;
        if (list != null && "APIGroupList".equals(list.path("kind").asText()) && list.path("groups").isArray()) {
            d.groupListServed = true;
            for (JsonNode g : list.path("groups")) {
                Set<String> versions = new LinkedHashSet<>();
                g.path("versions").forEach(v -> versions.add(v.path("version").asText()));
                d.groups.put(g.path("name").asText(), versions);
            }
        } else {
            d.probeEachVersion(kinds);
        }
        return d;
    }

    private void probeEachVersion(List<ApiKind> kinds) {
        for (ApiKind k : kinds) {
            if (k.group().isEmpty()) {
                continue;
            }
            for (String v : k.versions()) {
                Resources r = resources(k, v);
                if (r.served() || r.problem() != null) {
                    groups.computeIfAbsent(k.group(), g -> new LinkedHashSet<>()).add(v);
                }
            }
        }
    }

    /** The version to read a kind in, or why it cannot be read. */
    Resolution resolve(ApiKind kind) {
        Set<String> served = groups.get(kind.group());
        if (served == null || served.isEmpty()) {
            return Resolution.absent("API group " + kind.group() + " is not served (not installed)");
        }
        for (String v : kind.versions()) {
            if (served.contains(v)) {
                Resources r = resources(kind, v);
                if (r.problem() != null) {
                    return Resolution.problem(r.problem());
                }
                if (!r.names().contains(kind.plural())) {
                    return Resolution.absent(kind.group() + "/" + v + " does not serve " + kind.plural() + " (not installed)");
                }
                return Resolution.at(v);
            }
        }
        return Resolution.problem(kind.group() + " is served in " + String.join(", ", served) + " only; the scanner reads "
                + kind.kind() + " in " + String.join(", ", kind.versions()));
    }

    private Resources resources(ApiKind kind, String version) {
        String path = kind.pathPrefix(version);
        return resources.computeIfAbsent(path, p -> {
            ApiReader.Answer a = reader.get(p);
            if (a.code() == 404) {
                return new Resources(false, Set.of(), null);
            }
            if (!a.ok()) {
                return new Resources(false, Set.of(), ApiReader.Answer.kindOf(a.code()).replace("unauthorized", "forbidden")
                        + ": GET " + p + " (" + a.statusMessage() + ")");
            }
            JsonNode list = a.json();
            if (!list.path("resources").isArray()) {
                return new Resources(false, Set.of(), "malformed: GET " + p + " answered " + a.describeBody()
                        + ", not an APIResourceList");
            }
            Set<String> names = new HashSet<>();
            list.path("resources").forEach(r -> names.add(r.path("name").asText()));
            return new Resources(true, names, null);
        });
    }

    boolean groupListServed() {
        return groupListServed;
    }

    /** API groups served, for the source's description. */
    Set<String> servedGroups() {
        return groups.keySet();
    }

    /** A group/version's resources; {@code problem} when it may not be read (forbidden) or answered garbage. */
    private record Resources(boolean served, Set<String> names, String problem) {
    }

    /** A version to read, or absent (read, empty), or a problem (unavailable). */
    record Resolution(String version, boolean installed, String reason) {
        static Resolution at(String v) {
            return new Resolution(v, true, "");
        }

        static Resolution absent(String why) {
            return new Resolution(null, false, why);
        }

        static Resolution problem(String why) {
            return new Resolution(null, true, why);
        }

        boolean readable() {
            return version != null;
        }
    }

    /** The server answered discovery with something that is not the Kubernetes API. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    /** Discovery failed with an HTTP status: refused (401/403), a server error, a redirect; the source's status says which. */
    static final class Failed extends RuntimeException {
        final SourceStatus status;

        Failed(SourceStatus status, String message) {
            super(message);
            this.status = status;
        }
    }
}
