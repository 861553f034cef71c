package dev.maturity.core.audit;

import dev.maturity.core.digest.Digests;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seals a pack: the manifest of every file's SHA-256, the in-toto statement whose subjects are those
 * files and the manifest, and the DSSE envelope around it (signed when a key is given).
 *
 * @param zip             the pack's bytes
 * @param statementDigest SHA-256 of the statement (the envelope's payload), for a reviewer's ticket
 */
public record AuditPack(byte[] zip, String statementDigest, boolean signed, int files) {

    public static final String ATTESTATION = "attestation.intoto.json";

    public static AuditPack seal(Map<String, byte[]> contents, ObjectNode predicate, PrivateKey key, Instant stamp) {
        Map<String, byte[]> all = new TreeMap<>(contents);
        Manifest manifest = Manifest.of(all);
        byte[] manifestBytes = manifest.bytes();
        Map<String, String> subjects = new LinkedHashMap<>(manifest.files());
        subjects.put(Manifest.PATH, Digests.hex(manifestBytes));
        byte[] statement = Statement.of(subjects, predicate);
        Dsse envelope = Dsse.sign(Statement.PAYLOAD_TYPE, statement, key);
        all.put(Manifest.PATH, manifestBytes);
        all.put(ATTESTATION, envelope.bytes());
        return new AuditPack(PackZip.write(all, stamp), Digests.hex(statement), key != null, all.size());
    }
}
