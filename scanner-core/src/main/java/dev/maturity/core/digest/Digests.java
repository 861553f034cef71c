package dev.maturity.core.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest of the tool: {@link #hex} for names, keys and manifests, {@link #evidence}
 * for an evidence digest ({@code sha256:<hex>} of the bytes that were read).
 */
public final class Digests {

    /** The prefix of an evidence digest. */
    public static final String PREFIX = "sha256:";

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Digests::sha256);

    private Digests() {
    }

    /** A fresh SHA-256 for a digest computed in parts. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Lower-case hex of the SHA-256 of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static String hex(byte[] bytes, int offset, int length) {
        MessageDigest md = SHA256.get();
        md.reset();
        md.update(bytes, offset, length);
        return HexFormat.of().formatHex(md.digest());
    }

    public static String hex(byte[] bytes) {
        return hex(bytes, 0, bytes.length);
    }

    /** Lower-case hex of the SHA-256 of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code sha256:<hex>} of the bytes. */
    public static String evidence(byte[] bytes) {
        return PREFIX + hex(bytes);
    }

    /** {@code sha256:<hex>} of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static String evidence(byte[] bytes, int offset, int length) {
        return PREFIX + hex(bytes, offset, length);
    }

    /** {@code sha256:<hex>} of the text's UTF-8 bytes. */
    public static String evidence(String text) {
        return PREFIX + hex(text);
    }

    /** {@code sha256:<hex>} of what was fed to {@code digest} (which this finishes). */
    public static String evidence(MessageDigest digest) {
        return PREFIX + HexFormat.of().formatHex(digest.digest());
    }
}
