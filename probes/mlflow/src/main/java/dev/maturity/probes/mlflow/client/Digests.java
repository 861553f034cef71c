package dev.maturity.probes.mlflow.client;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content digests for evidence: {@code sha256:} and the hex of what was read. */
public final class Digests {

    private Digests() {
    }

    public static String sha256(byte[] content) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    public static String sha256(String content) {
        return sha256(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
