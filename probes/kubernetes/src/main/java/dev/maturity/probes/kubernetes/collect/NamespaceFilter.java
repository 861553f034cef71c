package dev.maturity.probes.kubernetes.collect;

import dev.maturity.core.glob.Glob;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code kubernetes.namespaces} option: comma-separated names or globs ({@code ml-*}). Plain
 * names are read directly; globs need the namespace list, read once.
 */
final class NamespaceFilter {

    private NamespaceFilter() {
    }

    /** The namespaces to read, or null for all of them (cluster-wide lists). */
    static List<String> resolve(String option, ApiReader reader) {
        if (option == null || option.isBlank()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<Glob> globs = new ArrayList<>();
        for (String part : option.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.contains("*") || p.contains("?")) {
                globs.add(glob(p));
            } else if (!names.contains(p)) {
                names.add(p);
            }
        }
        if (!globs.isEmpty()) {
            List<String> all = new ArrayList<>();
            new ObjectListerNames(reader).names(all);
            for (String ns : all) {
                if (!names.contains(ns) && globs.stream().anyMatch(g -> g.matches(ns))) {
                    names.add(ns);
                }
            }
        }
        return List.copyOf(names);
    }

    static Glob glob(String glob) {
        return Glob.text(glob);
    }

    /** Pages through {@code /api/v1/namespaces} collecting names only, within the source's limits. */
    private record ObjectListerNames(ApiReader reader) {
        void names(List<String> out) {
            ObjectLister.pages(reader, ApiKinds.NAMESPACE, null, ApiKinds.NAMESPACE.pathPrefix("v1") + "/namespaces",
                    i -> out.add(i.path("metadata").path("name").asText()));
        }
    }
}
