package dev.maturity.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A DSSE envelope (github.com/secure-systems-lab/dsse, protocol v1): the payload and its type, and
 * signatures over the pre-authentication encoding {@code "DSSEv1" SP len(type) SP type SP len(body) SP body}.
 * An unsigned envelope has no signatures; its payload's SHA-256 is what a reviewer records.
 */
public record Dsse(String payloadType, byte[] payload, List<String> signatures) {

    public Dsse {
        signatures = List.copyOf(signatures);
    }

    public static Dsse sign(String payloadType, byte[] payload, PrivateKey key) {
        if (key == null) {
            return new Dsse(payloadType, payload, List.of());
        }
        try {
            Signature s = Signature.getInstance(PemKeys.algorithm(key));
            s.initSign(key);
            s.update(pae(payloadType, payload));
            return new Dsse(payloadType, payload, List.of(Base64.getEncoder().encodeToString(s.sign())));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** Whether any signature verifies with the key. */
    public boolean verifiedBy(PublicKey key) {
        for (String sig : signatures) {
            try {
                Signature s = Signature.getInstance(PemKeys.algorithm(key));
                s.initVerify(key);
                s.update(pae(payloadType, payload));
                if (s.verify(Base64.getDecoder().decode(sig))) {
                    return true;
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // a malformed signature verifies nothing
            }
        }
        return false;
    }

    static byte[] pae(String type, byte[] body) {
        byte[] t = type.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("DSSEv1 " + t.length + " " + type + " " + body.length + " ").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    public byte[] bytes() {
        ObjectNode root = FactJson.MAPPER.createObjectNode().put("payloadType", payloadType)
                .put("payload", Base64.getEncoder().encodeToString(payload));
        ArrayNode sigs = root.putArray("signatures");
        signatures.forEach(s -> sigs.addObject().put("sig", s));
        return root.toPrettyString().concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    public static Dsse parse(byte[] bytes) throws IOException {
        JsonNode root;
        try {
            root = FactJson.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("the attestation is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.path("payload").isTextual() || !root.path("payloadType").isTextual()) {
            throw new IOException("the attestation is not a DSSE envelope (payloadType, payload, signatures)");
        }
        List<String> sigs = new ArrayList<>();
        root.path("signatures").forEach(s -> sigs.add(s.path("sig").asText()));
        try {
            return new Dsse(root.path("payloadType").asText(), Base64.getDecoder().decode(root.path("payload").asText()), sigs);
        } catch (IllegalArgumentException e) {
            throw new IOException("the attestation's payload is not Base64");
        }
    }
}
