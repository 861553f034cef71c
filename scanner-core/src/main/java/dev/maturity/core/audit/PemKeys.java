package dev.maturity.core.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * PEM keys with the JDK's own crypto: a PKCS#8 private key ({@code -----BEGIN PRIVATE KEY-----}, as
 * {@code openssl genpkey -algorithm ed25519} writes) and an X.509 public key
 * ({@code -----BEGIN PUBLIC KEY-----}), Ed25519 or ECDSA. A file that is not such a key is an
 * {@link IllegalArgumentException} naming it (a usage error).
 */
public final class PemKeys {

    private static final List<String> ALGORITHMS = List.of("Ed25519", "EC");

    private PemKeys() {
    }

    public static PrivateKey privateKey(Path file) {
        byte[] der = der(file, "PRIVATE KEY");
        for (String alg : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException(file + " is not an Ed25519 or EC private key in PKCS#8 PEM");
    }

    public static PublicKey publicKey(Path file) {
        byte[] der = der(file, "PUBLIC KEY");
        for (String alg : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException(file + " is not an Ed25519 or EC public key in PEM");
    }

    /** The signature algorithm for a key: Ed25519, or ECDSA over SHA-256. */
    static String algorithm(Key key) {
        return key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "Ed25519";
    }

    /** PEM for a key's encoded form, for tests and docs. */
    public static String pem(Key key) {
        String type = key instanceof PrivateKey ? "PRIVATE KEY" : "PUBLIC KEY";
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path file, String type) {
        String text;
        try {
            if (Files.size(file) > 64 * 1024) {
                throw new IllegalArgumentException(file + " is too large to be a key");
            }
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read key " + file + ": " + e.getMessage());
        }
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException(file + " holds no '" + begin + "' block (give a PEM " + type.toLowerCase() + ")");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(file + ": the PEM block is not Base64");
        }
    }
}
