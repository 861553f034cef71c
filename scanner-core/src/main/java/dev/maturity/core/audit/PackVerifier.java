package dev.maturity.core.audit;

import dev.maturity.core.digest.Digests;
import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.core.model.GitLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks a pack: every file against the manifest (missing, extra, altered — each named), the
 * manifest and files against the attestation's subjects, and the attestation against the public
 * key's signature or the statement digest the reviewer recorded; so an edit whose manifest and
 * attestation digests were recomputed fails on the signature. Optionally, each git excerpt against
 * the repository it was read from.
 */
public final class PackVerifier {

    /** What was wrong (empty when the pack is intact and authentic) and what was checked. */
    public record Verdict(List<String> problems, List<String> checked) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /** A zip that is not a pack at all: no manifest or no attestation, or unreadable ones. */
    public static final class NotAPackException extends IOException {
        public NotAPackException(String message) {
            super(message);
        }
    }

    private PackVerifier() {
    }

    /**
     * @param key            the signer's public key, or null
     * @param expectedDigest the statement's SHA-256 the reviewer recorded, or null
     * @param repo           committed blobs to check git excerpts against, or null
     */
    public static Verdict verify(Map<String, byte[]> pack, PublicKey key, String expectedDigest, CommittedBlobs repo)
            throws NotAPackException {
        byte[] manifestBytes = pack.get(Manifest.PATH);
        byte[] envelopeBytes = pack.get(AuditPack.ATTESTATION);
        if (manifestBytes == null || envelopeBytes == null) {
            throw new NotAPackException("not an audit pack: it holds no " + (manifestBytes == null ? Manifest.PATH : AuditPack.ATTESTATION));
        }
        Dsse envelope;
        Map<String, String> subjects;
        try {
            envelope = Dsse.parse(envelopeBytes);
            subjects = Statement.subjects(envelope.payload());
        } catch (IOException e) {
            throw new NotAPackException("not an audit pack: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        Manifest manifest;
        try {
            manifest = Manifest.parse(manifestBytes);
        } catch (IOException e) {
            problems.add("altered: " + Manifest.PATH + " (" + e.getMessage() + ")");
            manifest = new Manifest(Map.of());
        }
        files(pack, manifest, problems);
        checked.add(manifest.files().size() + " files against " + Manifest.PATH);
        attestation(manifest, subjects, manifestBytes, problems);
        checked.add(subjects.size() + " subjects of " + AuditPack.ATTESTATION);
        String digest = Digests.hex(envelope.payload());
        if (key != null) {
            if (envelope.signatures().isEmpty()) {
                problems.add("signature: the pack is unsigned (verify it with --expect-digest)");
            } else if (!envelope.verifiedBy(key)) {
                problems.add("signature: the attestation's signature does not match the public key");
            } else {
                checked.add("signature by the public key");
            }
        }
        if (expectedDigest != null) {
            if (!digest.equalsIgnoreCase(expectedDigest.replaceFirst("^sha256:", "").trim())) {
                problems.add("digest: the statement's SHA-256 is " + digest + ", not the expected " + expectedDigest);
            } else {
                checked.add("statement digest " + digest);
            }
        }
        if (repo != null) {
            checked.add(excerpts(pack, repo, problems) + " git excerpts against the repository");
        }
        return new Verdict(problems, checked);
    }

    private static void files(Map<String, byte[]> pack, Manifest manifest, List<String> problems) {
        TreeSet<String> names = new TreeSet<>(pack.keySet());
        names.addAll(manifest.files().keySet());
        for (String name : names) {
            if (name.equals(Manifest.PATH) || name.equals(AuditPack.ATTESTATION)) {
                continue;
            }
            byte[] bytes = pack.get(name);
            String listed = manifest.files().get(name);
            if (bytes == null) {
                problems.add("missing: " + name);
            } else if (listed == null) {
                problems.add("extra: " + name + " (not in " + Manifest.PATH + ")");
            } else if (!listed.equals(Digests.hex(bytes))) {
                problems.add("altered: " + name + " (its SHA-256 differs from " + Manifest.PATH + ")");
            }
        }
    }

    private static void attestation(Manifest manifest, Map<String, String> subjects, byte[] manifestBytes,
                                    List<String> problems) {
        if (!Digests.hex(manifestBytes).equals(subjects.get(Manifest.PATH))) {
            problems.add("altered: " + Manifest.PATH + " (its SHA-256 differs from " + AuditPack.ATTESTATION + ")");
        }
        TreeSet<String> names = new TreeSet<>(subjects.keySet());
        names.addAll(manifest.files().keySet());
        names.remove(Manifest.PATH);
        for (String name : names) {
            String attested = subjects.get(name);
            String listed = manifest.files().get(name);
            if (attested == null) {
                problems.add("extra: " + name + " (in " + Manifest.PATH + " but not in " + AuditPack.ATTESTATION + ")");
            } else if (!attested.equals(listed)) {
                problems.add("altered: " + name + " (" + Manifest.PATH + " and " + AuditPack.ATTESTATION + " give different digests)");
            }
        }
    }

    private static int excerpts(Map<String, byte[]> pack, CommittedBlobs repo, List<String> problems) {
        int n = 0;
        for (Map.Entry<String, byte[]> f : pack.entrySet()) {
            if (!f.getKey().startsWith("evidence/git-")) {
                continue;
            }
            n++;
            try {
                JsonNode doc = FactJson.MAPPER.readTree(new String(f.getValue(), StandardCharsets.UTF_8));
                GitLocation at = GitLocation.file(doc.path("repo").asText(), doc.path("commit").asText(), doc.path("path").asText());
                Optional<CommittedBlobs.Blob> blob = repo.read(at);
                if (blob.isEmpty()) {
                    problems.add("excerpt: " + f.getKey() + ": " + at.locator() + " is not in the repository");
                } else if (!blob.get().id().equals(doc.path("blob").asText())) {
                    problems.add("excerpt: " + f.getKey() + ": blob " + doc.path("blob").asText() + " is " + blob.get().id() + " in the repository");
                } else if (doc.has("committedLinesSha256")) {
                    GitExcerpt e = GitExcerpt.of(GitExcerpt.lines(new String(blob.get().bytes(), StandardCharsets.UTF_8)),
                            doc.path("startLine").asInt(), doc.path("endLine").asInt(), Integer.MAX_VALUE);
                    if (!Digests.hex(String.join("\n", e.lines())).equals(doc.path("committedLinesSha256").asText())) {
                        problems.add("excerpt: " + f.getKey() + ": lines " + e.start() + "-" + e.end()
                                + " differ from the committed lines");
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.add("excerpt: " + f.getKey() + ": " + e.getMessage());
            }
        }
        return n;
    }
}
