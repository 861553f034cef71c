package dev.maturity.core.audit;

import dev.maturity.core.digest.Digests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing a pack and checking it: each kind of tampering named, hostile archives bounded. */
class PackVerifierTest {

    @TempDir
    Path dir;

    private static final Map<String, byte[]> FILES = Map.of(
            "report.json", "{\"schemaVersion\":1}\n".getBytes(StandardCharsets.UTF_8),
            "controls.html", "<p>supported</p>\n".getBytes(StandardCharsets.UTF_8),
            "evidence/index.json", "{\"evidence\":[]}\n".getBytes(StandardCharsets.UTF_8));

    private Map<String, byte[]> sealed(KeyPair kp) throws Exception {
        AuditPack pack = AuditPack.seal(FILES, JsonNodeFactory.instance.objectNode().put("tool", "t"),
                kp == null ? null : kp.getPrivate(), Instant.parse("2026-12-01T00:00:00Z"));
        Path zip = Files.write(dir.resolve("p" + System.nanoTime() + ".zip"), pack.zip());
        return PackZip.read(zip);
    }

    @Test
    void an_intact_pack_verifies_with_ed25519_and_with_ecdsa_keys() throws Exception {
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(PackVerifier.verify(sealed(ed), ed.getPublic(), null, null).problems()).isEmpty();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p256 = ec.generateKeyPair();
        assertThat(PackVerifier.verify(sealed(p256), p256.getPublic(), null, null).problems()).isEmpty();
    }

    @Test
    void the_same_contents_seal_to_the_same_bytes_and_digest() {
        AuditPack a = AuditPack.seal(FILES, JsonNodeFactory.instance.objectNode(), null, Instant.parse("2026-12-01T00:00:00Z"));
        AuditPack b = AuditPack.seal(new TreeMap<>(FILES), JsonNodeFactory.instance.objectNode(), null, Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(a.zip()).isEqualTo(b.zip());
        assertThat(a.statementDigest()).isEqualTo(b.statementDigest()).matches("[0-9a-f]{64}");
        assertThat(a.signed()).isFalse();
    }

    @Test
    void missing_extra_and_altered_files_are_each_named() throws Exception {
        Map<String, byte[]> pack = new TreeMap<>(sealed(null));
        String digest = Digests.hex(Dsse.parse(pack.get(AuditPack.ATTESTATION)).payload());
        pack.remove("report.json");
        pack.put("evidence/planted.json", "{}".getBytes(StandardCharsets.UTF_8));
        pack.put("controls.html", "<p>Supported</p>\n".getBytes(StandardCharsets.UTF_8));
        assertThat(PackVerifier.verify(pack, null, digest, null).problems()).containsExactly(
                "altered: controls.html (its SHA-256 differs from manifest.json)",
                "extra: evidence/planted.json (not in manifest.json)",
                "missing: report.json");
    }

    @Test
    void an_unsigned_pack_checked_with_a_key_says_so_and_a_wrong_digest_fails() throws Exception {
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Map<String, byte[]> pack = sealed(null);
        assertThat(PackVerifier.verify(pack, ed.getPublic(), null, null).problems())
                .containsExactly("signature: the pack is unsigned (verify it with --expect-digest)");
        assertThat(PackVerifier.verify(pack, null, "sha256:" + "0".repeat(64), null).problems())
                .singleElement().asString().startsWith("digest: the statement's SHA-256 is ");
    }

    @Test
    void a_zip_without_manifest_or_attestation_is_not_a_pack() {
        assertThatThrownBy(() -> PackVerifier.verify(Map.of("a.txt", new byte[1]), null, "x", null))
                .isInstanceOf(PackVerifier.NotAPackException.class)
                .hasMessage("not an audit pack: it holds no manifest.json");
        assertThatThrownBy(() -> PackVerifier.verify(Map.of("manifest.json", new byte[1], AuditPack.ATTESTATION,
                "{}".getBytes(StandardCharsets.UTF_8)), null, "x", null))
                .hasMessage("not an audit pack: the attestation is not a DSSE envelope (payloadType, payload, signatures)");
    }

    @Test
    void a_zip_that_inflates_beyond_the_bound_or_names_an_entry_twice_is_refused() throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("zeros"));
            byte[] mib = new byte[1024 * 1024];
            for (long i = 0; i <= PackLimits.MAX_INFLATED_BYTES / mib.length; i++) {
                z.write(mib);
            }
            z.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> PackZip.read(bomb)).isInstanceOf(IOException.class)
                .hasMessage("inflates beyond " + PackLimits.MAX_INFLATED_BYTES + " bytes (at zeros)");

        Path twice = dir.resolve("twice.zip");
        try (OutputStream out = Files.newOutputStream(twice)) {
            // two local entries of one name: what a zip writer refuses but a hand-made archive can hold
            out.write(entry("manifest.json"));
            out.write(entry("manifest.json"));
        }
        assertThatThrownBy(() -> PackZip.read(twice)).hasMessage("entry manifest.json appears twice");
    }

    /** A stored local file entry with no data descriptor (enough for a streaming reader). */
    private static byte[] entry(String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(30 + n.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 10).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(0).putInt(0).putShort((short) n.length).putShort((short) 0).put(n);
        return b.array();
    }
}
