package dev.maturity.core.audit;

import dev.maturity.core.digest.Digests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** {@code manifest.json}: the SHA-256 of every file of the pack but itself and the attestation, by path. */
public record Manifest(Map<String, String> files) {

    public static final String PATH = "manifest.json";

    public Manifest {
        files = Map.copyOf(new TreeMap<>(files));
    }

    public static Manifest of(Map<String, byte[]> contents) {
        Map<String, String> digests = new TreeMap<>();
        contents.forEach((path, bytes) -> digests.put(path, Digests.hex(bytes)));
        return new Manifest(digests);
    }

    public byte[] bytes() {
        ObjectNode root = FactJson.MAPPER.createObjectNode().put("algorithm", "sha256");
        ObjectNode f = root.putObject("files");
        new TreeMap<>(files).forEach(f::put);
        return root.toPrettyString().concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest; anything that is not one is an {@link IOException} saying so. */
    public static Manifest parse(byte[] bytes) throws IOException {
        JsonNode root = FactJson.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        if (root == null || !root.path("files").isObject()) {
            throw new IOException(PATH + " has no 'files' object");
        }
        Map<String, String> files = new TreeMap<>();
        root.path("files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
        return new Manifest(files);
    }
}
