package dev.maturity.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** The one SHA-256 helper gives FIPS 180-2's test vector in every form. */
class DigestsTest {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void everyFormIsTheStandardDigestOfTheBytes() {
        byte[] abc = "abc".getBytes(StandardCharsets.UTF_8);
        assertThat(Digests.hex("abc")).isEqualTo(ABC);
        assertThat(Digests.hex(abc)).isEqualTo(ABC);
        assertThat(Digests.hex("xxabcxx".getBytes(StandardCharsets.UTF_8), 2, 3)).isEqualTo(ABC);
        assertThat(Digests.evidence("abc")).isEqualTo("sha256:" + ABC);
        assertThat(Digests.evidence(abc)).isEqualTo("sha256:" + ABC);
        assertThat(Digests.evidence("-abc-".getBytes(StandardCharsets.UTF_8), 1, 3)).isEqualTo("sha256:" + ABC);
        MessageDigest parts = Digests.sha256();
        parts.update("a".getBytes(StandardCharsets.UTF_8));
        parts.update("bc".getBytes(StandardCharsets.UTF_8));
        assertThat(Digests.evidence(parts)).isEqualTo("sha256:" + ABC);
    }

    @Test
    void aDigestDoesNotCarryStateIntoTheNextOnTheSameThread() {
        String first = Digests.hex("abc");
        Digests.hex(new byte[1 << 16]);
        assertThat(Digests.hex("abc")).isEqualTo(first);
    }
}
