package dev.maturity.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The in-toto Statement v1 of a pack: its subjects are the pack's files (the manifest among them)
 * with their SHA-256, its predicate says what made the pack (tool, rubric, catalogue, sources,
 * period, scan time). Signed as the payload of a {@link Dsse} envelope.
 */
public final class Statement {

    public static final String TYPE = "https://in-toto.io/Statement/v1";
    public static final String PREDICATE_TYPE = "https://maturity.dev/audit-pack/v1";
    public static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";

    private Statement() {
    }

    /** The statement's bytes: subjects sorted by name, so the same pack gives the same statement. */
    public static byte[] of(Map<String, String> subjects, ObjectNode predicate) {
        ObjectNode root = FactJson.MAPPER.createObjectNode().put("_type", TYPE);
        ArrayNode subject = root.putArray("subject");
        new TreeMap<>(subjects).forEach((name, sha) -> subject.addObject().put("name", name).putObject("digest").put("sha256", sha));
        root.put("predicateType", PREDICATE_TYPE);
        root.set("predicate", predicate);
        return root.toPrettyString().concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The subjects of a statement, name → SHA-256; anything else is an {@link IOException} saying what is wrong. */
    public static Map<String, String> subjects(byte[] statement) throws IOException {
        JsonNode root = FactJson.MAPPER.readTree(new String(statement, StandardCharsets.UTF_8));
        if (root == null || !TYPE.equals(root.path("_type").asText()) || !root.path("subject").isArray()) {
            throw new IOException("the attestation's payload is not an in-toto Statement v1");
        }
        Map<String, String> out = new TreeMap<>();
        for (JsonNode s : root.path("subject")) {
            if (out.put(s.path("name").asText(), s.path("digest").path("sha256").asText()) != null) {
                throw new IOException("the attestation names subject " + s.path("name").asText() + " twice");
            }
        }
        return out;
    }
}
