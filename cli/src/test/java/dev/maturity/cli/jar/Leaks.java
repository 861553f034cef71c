package dev.maturity.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A secret must not appear in what the scanner prints: not as is, not base64-encoded (as in a Basic or a dumped header). */
final class Leaks {

    private Leaks() {
    }

    static void assertNone(String printed, String... secrets) {
        for (String secret : secrets) {
            for (String form : forms(secret)) {
                assertThat(printed).as("a secret printed as %s", form).doesNotContain(form);
            }
        }
    }

    /**
     * The secret, and its base64 (standard and URL alphabets) at each of the three offsets it can
     * start at inside a longer encoded text: only the characters that depend on the secret alone.
     */
    static List<String> forms(String secret) {
        List<String> out = new ArrayList<>(List.of(secret));
        byte[] raw = secret.getBytes(StandardCharsets.UTF_8);
        for (int offset = 0; offset < 3; offset++) {
            byte[] shifted = new byte[offset + raw.length];
            System.arraycopy(raw, 0, shifted, offset, raw.length);
            int firstGroup = (offset + 2) / 3;
            int endGroup = shifted.length / 3;
            for (Base64.Encoder e : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                String encoded = e.withoutPadding().encodeToString(shifted);
                out.add(encoded.substring(4 * firstGroup, 4 * endGroup));
            }
        }
        return out;
    }
}
