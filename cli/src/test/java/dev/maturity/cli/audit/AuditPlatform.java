package dev.maturity.cli.audit;

import dev.maturity.core.audit.PemKeys;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.LlmAppPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What the audit tests share: the LLM app with a key committed into its eval workflow, key pairs, reading a pack. */
final class AuditPlatform {

    /** An OpenAI-style project key, committed literally into the workflow the eval criteria cite. */
    static final String LITERAL_KEY = "sk-proj-Q3v9xLr7TzW2mKp8YbN4cD6fH1jS5aE0uV";

    private AuditPlatform() {
    }

    /** The evaluation-level-3 LLM app whose eval job then got a hard-coded API key. */
    static Path appWithCommittedKey(Path dir) throws IOException {
        Path repo = LlmAppPlatform.evaluationLevel3(dir);
        String ci = Files.readString(repo.resolve(".github/workflows/ci.yml"));
        try (GitRepoBuilder b = GitRepoBuilder.open(repo)) {
            b.as(GitRepoBuilder.BOB).file(".github/workflows/ci.yml",
                    ci.replace("OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}", "OPENAI_API_KEY: " + LITERAL_KEY));
            b.commit("CI: set the eval key directly (temporary)");
        }
        return repo;
    }

    /** An Ed25519 key pair written as PKCS#8 and X.509 PEM files {@code name.pem}, {@code name.pub.pem}. */
    static Path[] keyPair(Path dir, String name) {
        try {
            KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Path priv = Files.writeString(dir.resolve(name + ".pem"), PemKeys.pem(kp.getPrivate()));
            Path pub = Files.writeString(dir.resolve(name + ".pub.pem"), PemKeys.pem(kp.getPublic()));
            return new Path[] {priv, pub};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pack's entries, inflated. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** Writes entries as a zip (to tamper with a pack the way someone holding it could). */
    static void write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }
}
