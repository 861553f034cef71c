package dev.maturity.probes.kubernetes.collect;

import dev.maturity.core.digest.Digests;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.KubernetesLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.kubernetes.api.ApiKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists one kind page by page ({@code limit}/{@code continue}), trims each object as it arrives and
 * hands on compact {@link ResourceObject}s; a page is dropped before the next is fetched.
 */
final class ObjectLister {

    static final int PAGE_SIZE = 500;

    private final ApiReader reader;
    private final String cluster;

    ObjectLister(ApiReader reader, String cluster) {
        this.reader = reader;
        this.cluster = cluster;
    }

    /** Lists a kind in one namespace (or everywhere when null); throws {@link ListFailure} naming the request refused. */
    int list(ApiKind kind, String version, String namespace, Consumer<ResourceObject> sink) {
        String path = kind.pathPrefix(version) + (namespace != null && kind.namespaced() ? "/namespaces/" + namespace : "")
                + "/" + kind.plural();
        String apiVersion = kind.group().isEmpty() ? version : kind.group() + "/" + version;
        int[] seen = {0};
        pages(reader, kind, namespace, path, item -> {
            seen[0]++;
            ObjectNode trimmed = ObjectTrimmer.trim(kind, item);
            if (trimmed != null) {
                sink.accept(toObject(kind, apiVersion, trimmed));
            }
        });
        return seen[0];
    }

    /**
     * Follows {@code limit}/{@code continue} to the end of a list, handing on each item, within the
     * source's limits: a page cap, an item cap and a token seen twice end the list with a
     * {@link ListFailure} saying so; a spent time budget ends it with {@link ApiReader.BudgetSpent}.
     */
    static void pages(ApiReader reader, ApiKind kind, String namespace, String path, Consumer<JsonNode> items) {
        Set<String> tokens = new HashSet<>();
        String token = null;
        do {
            if (!reader.page()) {
                throw new ListFailure(kind, namespace, 0, "more than " + reader.limits().pages() + " pages");
            }
            String query = "?limit=" + PAGE_SIZE + (token == null ? "" : "&continue=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            ApiReader.Answer a;
            try {
                a = reader.get(path + query);
            } catch (ApiReader.TooLarge e) {
                throw new ListFailure(kind, namespace, 0, e.getMessage());
            }
            if (!a.ok()) {
                throw new ListFailure(kind, namespace, a.code(), a.statusMessage());
            }
            JsonNode page = a.json();
            if (!page.path("items").isArray()) {
                throw new ListFailure(kind, namespace, a.code(), "GET " + path + " did not answer a list");
            }
            for (JsonNode item : page.path("items")) {
                if (!reader.item()) {
                    throw new ListFailure(kind, namespace, 0, "more than " + reader.limits().items() + " items");
                }
                items.accept(item);
            }
            token = page.path("metadata").path("continue").asText("");
            token = token.isEmpty() ? null : token;
            if (token != null && !tokens.add(token)) {
                throw new ListFailure(kind, namespace, 0, "the server repeated a continue token");
            }
        } while (token != null);
    }

    private ResourceObject toObject(ApiKind kind, String apiVersion, ObjectNode trimmed) {
        JsonNode md = trimmed.path("metadata");
        String ns = md.path("namespace").asText(null);
        String name = md.path("name").asText();
        String json;
        YamlNode body;
        try {
            json = ApiReader.JSON.writeValueAsString(trimmed);
            body = SafeYaml.parse(json);
        } catch (JsonProcessingException | YamlParseException e) {
            throw new IllegalStateException("cannot re-read trimmed " + kind.kind() + " " + name, e);
        }
        KubernetesLocation loc = new KubernetesLocation(cluster, ns, apiVersion, kind.kind(), name,
                md.path("uid").asText(null), md.path("resourceVersion").asText(null));
        Evidence ev = new Evidence(loc, Strength.LIVE, "sha256:" + sha256(json),
                kind.kind() + " " + (ns == null ? name : ns + "/" + name));
        return new ResourceObject(apiVersion, kind.kind(), ns, name, strings(md.path("labels")), strings(md.path("annotations")), body, ev);
    }

    private static Map<String, String> strings(JsonNode map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static String sha256(String s) {
        return Digests.hex(s);
    }

    /** A list request the server refused or failed; the message names the verb, group, resource and scope. */
    static final class ListFailure extends RuntimeException {
        final int code;

        ListFailure(ApiKind kind, String namespace, int code, String detail) {
            super((code == 0 ? "failed" : ApiReader.Answer.kindOf(code)) + ": list "
                    + kind.resource() + (namespace == null ? " (all namespaces)" : " in namespace " + namespace)
                    + " — " + detail);
            this.code = code;
        }
    }
}
