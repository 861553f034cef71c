package dev.maturity.probes.kubernetes.objects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.core.yaml.YamlNode;
import java.util.Iterator;
import java.util.Map;

/** GPU resource names ({@code nvidia.com/gpu}, {@code amd.com/gpu}, {@code gpu.intel.com/*}, MIG slices) and requests of them. */
public final class Gpu {

    private Gpu() {
    }

    public static boolean isGpuResource(String name) {
        return name.equals("nvidia.com/gpu") || name.startsWith("nvidia.com/mig-") || name.equals("amd.com/gpu")
                || name.startsWith("gpu.intel.com/");
    }

    /** Whether any container of a pod spec (API JSON) limits or requests a GPU. */
    public static boolean requests(JsonNode podSpec) {
        for (JsonNode c : podSpec.path("containers")) {
            for (String section : new String[] {"limits", "requests"}) {
                for (Iterator<Map.Entry<String, JsonNode>> it = c.path("resources").path(section).fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (isGpuResource(e.getKey()) && positive(e.getValue().asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether any container of a pod spec (as read into a ResourceObject) limits or requests a GPU. */
    public static boolean requests(YamlNode podSpec) {
        for (YamlNode c : podSpec.get("containers").items()) {
            for (String section : new String[] {"limits", "requests"}) {
                for (Map.Entry<String, YamlNode> e : c.at("resources", section).entries().entrySet()) {
                    if (isGpuResource(e.getKey()) && positive(e.getValue().textOr("0"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean positive(String quantity) {
        String q = quantity.trim();
        return !q.isEmpty() && !q.matches("0+(\\.0+)?");
    }
}
