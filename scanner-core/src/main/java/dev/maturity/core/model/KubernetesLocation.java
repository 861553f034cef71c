package dev.maturity.core.model;

import java.util.Objects;

/** An object read from a Kubernetes API server; namespace is null for cluster-scoped kinds. */
public record KubernetesLocation(String cluster, String namespace, String apiVersion, String kind, String name,
                                 String uid, String resourceVersion) implements Provenance {

    public KubernetesLocation {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String source() {
        return "kubernetes";
    }

    @Override
    public String locator() {
        return cluster + "/" + (namespace == null ? "" : namespace + "/") + kind + "/" + name
                + (uid == null ? "" : "@" + uid);
    }

    // equals and hashCode written out, for the reason given in Evidence
    @Override
    public boolean equals(Object other) {
        return other instanceof KubernetesLocation o
                && Objects.equals(cluster, o.cluster)
                && Objects.equals(namespace, o.namespace)
                && Objects.equals(apiVersion, o.apiVersion)
                && Objects.equals(kind, o.kind)
                && Objects.equals(name, o.name)
                && Objects.equals(uid, o.uid)
                && Objects.equals(resourceVersion, o.resourceVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cluster, namespace, apiVersion, kind, name, uid, resourceVersion);
    }
}
