package dev.maturity.probes.kubernetes.api;

import java.util.List;
import java.util.Objects;

/**
 * A kind the scanner reads from the API server: its group, the versions it understands (preferred
 * first), its plural resource name and scope. Each kind is one availability domain, so a 403 on one
 * kind leaves the others scored.
 */
public record ApiKind(String group, List<String> versions, String kind, String plural, boolean namespaced) {

    public ApiKind {
        Objects.requireNonNull(group, "group");
        versions = List.copyOf(versions);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plural, "plural");
    }

    /** {@code group/plural} as RBAC names it ({@code core} stands for the empty group here). */
    public String resource() {
        return (group.isEmpty() ? "core" : group) + "/" + plural;
    }

    /** The availability domain of this kind: {@code kubernetes.argoproj.io/rollouts}. */
    public String domain() {
        return "kubernetes." + resource();
    }

    /** The API path prefix of a version: {@code /api/v1} or {@code /apis/group/version}. */
    public String pathPrefix(String version) {
        return group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
    }

    public boolean matches(String apiVersion, String kindName) {
        String g = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return kind.equals(kindName) && group.equals(g);
    }
}
