package dev.maturity.core.facts;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.yaml.YamlNode;
import java.util.Map;
import java.util.Objects;

/**
 * A Kubernetes-style object, wherever it was read: a manifest committed to git (evidence
 * {@code declared}, a git location) or an object on an API server (evidence {@code live}, a
 * Kubernetes location). Probes that judge rollouts, queues or monitors read both the same way and
 * tell them apart by the evidence's provenance.
 *
 * @param body the object's content (at least {@code spec}; collectors may keep only what probes read)
 */
public record ResourceObject(String apiVersion, String kind, String namespace, String name,
                             Map<String, String> labels, Map<String, String> annotations, YamlNode body,
                             Evidence evidence) implements Fact {

    public ResourceObject {
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
        body = body == null ? YamlNode.MISSING : body;
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The API group ({@code argoproj.io}), empty for the core group. */
    public String group() {
        int i = apiVersion.indexOf('/');
        return i < 0 ? "" : apiVersion.substring(0, i);
    }

    public boolean is(String group, String kind) {
        return this.kind.equals(kind) && group().equals(group);
    }

    /** Read from a live cluster rather than from a file. */
    public boolean live() {
        return evidence.location().source().equals("kubernetes");
    }

    /** {@code namespace/name}, or {@code name} for cluster-scoped objects. */
    public String qualifiedName() {
        return namespace == null || namespace.isEmpty() ? name : namespace + "/" + name;
    }
}
