package dev.maturity.probes.mlflow.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content digests for evidence: {@code sha256:} and the hex of what was read. */
public final class Digests {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    });

    private Digests() {
    }

    public static String sha256(byte[] content) {
        MessageDigest md = SHA256.get();
        md.reset();
        return "sha256:" + HexFormat.of().formatHex(md.digest(content));
    }

    /** The digest of {@code length} bytes of {@code content} from {@code offset}. */
    public static String sha256(byte[] content, int offset, int length) {
        MessageDigest md = SHA256.get();
        md.reset();
        md.update(content, offset, length);
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    /** The digest of the UTF-8 bytes of {@code content}. */
    public static String sha256(String content) {
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }
}
