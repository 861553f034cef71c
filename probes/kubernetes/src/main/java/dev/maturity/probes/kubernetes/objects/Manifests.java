package dev.maturity.probes.kubernetes.objects;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.ResourceObject;
import dev.maturity.probes.kubernetes.api.ApiKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The objects of one scope, indexed by kind, for judgements that follow references between them. */
public final class Manifests {

    private final List<ResourceObject> all;
    private final Map<String, List<ResourceObject>> byKind = new HashMap<>();

    public Manifests(List<ResourceObject> objects) {
        this.all = List.copyOf(objects);
        for (ResourceObject o : all) {
            byKind.computeIfAbsent(o.group() + "/" + o.kind(), k -> new ArrayList<>()).add(o);
        }
    }

    public static Manifests of(Facts facts, Scope scope) {
        return new Manifests(facts.of(ResourceObject.class).stream().filter(scope::holds).toList());
    }

    public List<ResourceObject> all() {
        return all;
    }

    public List<ResourceObject> of(ApiKind kind) {
        return byKind.getOrDefault(kind.group() + "/" + kind.kind(), List.of());
    }

    /**
     * The object of a kind with a name in a namespace. Manifests in git often leave the namespace
     * out; an object without one matches any namespace.
     */
    public Optional<ResourceObject> find(ApiKind kind, String namespace, String name) {
        return of(kind).stream().filter(o -> o.name().equals(name)
                && (!kind.namespaced() || sameNamespace(o.namespace(), namespace))).findFirst();
    }

    public static boolean sameNamespace(String a, String b) {
        return a == null || b == null || a.isEmpty() || b.isEmpty() || Objects.equals(a, b);
    }
}
