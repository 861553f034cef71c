package dev.maturity.core.audit;

import dev.maturity.core.digest.Digests;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.facts.Fact;
import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Captures, at scan time, what every MET and NOT_MET criterion cites: for git, the cited lines as
 * committed with the blob id and the SHA-256 of the committed lines; for MLflow and Kubernetes, the
 * JSON of the objects read at that location. Secrets are removed ({@link SecretScrubber}) before
 * anything is kept. Files are named by number ({@code evidence/git-0001.json}), never by a path a
 * repository chose; {@code evidence/index.json} maps each locator to its file or says why none.
 */
public final class EvidenceCapture {

    /** The captured files by pack path, and each locator's file. */
    public record Captured(Map<String, byte[]> files, Map<String, String> paths, int redactions, int omitted) {
    }

    private final Facts facts;
    private final CommittedBlobs blobs;
    private final PackLimits limits;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final ArrayNode index = FactJson.MAPPER.createArrayNode();
    private long bytes;
    private int redactions;
    private int omitted;

    private EvidenceCapture(Facts facts, CommittedBlobs blobs, PackLimits limits) {
        this.facts = facts;
        this.blobs = blobs;
        this.limits = limits;
    }

    public static Captured capture(Report report, Facts facts, CommittedBlobs blobs, PackLimits limits) {
        EvidenceCapture c = new EvidenceCapture(facts, blobs, limits);
        Map<String, Evidence> cited = new LinkedHashMap<>();
        for (AxisResult axis : report.axes()) {
            for (CriterionResult cr : axis.criteria()) {
                if (cr.rawOutcome() == Outcome.MET || cr.rawOutcome() == Outcome.NOT_MET) {
                    cr.evidence().forEach(e -> cited.putIfAbsent(e.locator(), e));
                }
            }
        }
        cited.values().forEach(c::one);
        c.files.put("evidence/index.json", FactJson.MAPPER.createObjectNode().<ObjectNode>set("evidence", c.index)
                .toPrettyString().concat("\n").getBytes(StandardCharsets.UTF_8));
        return new Captured(c.files, c.paths, c.redactions, c.omitted);
    }

    private void one(Evidence e) {
        ObjectNode entry = index.addObject().put("locator", e.locator()).put("source", e.source());
        if (files.size() >= limits.maxEvidenceFiles()) {
            omit(entry, "the pack holds at most " + limits.maxEvidenceFiles() + " evidence files");
            return;
        }
        ObjectNode doc;
        try {
            doc = e.location() instanceof GitLocation g ? git(e, g) : read(e);
        } catch (IOException | RuntimeException ex) {
            omit(entry, "could not be captured: " + ex.getMessage());
            return;
        }
        if (doc == null) {
            omit(entry, e.location() instanceof GitLocation
                    ? "a commit as a whole: its id pins it" : "no object was read at this location");
            return;
        }
        redactions += doc.path("redactions").asInt();
        byte[] out = doc.toPrettyString().concat("\n").getBytes(StandardCharsets.UTF_8);
        if (out.length > limits.maxFileBytes() || bytes + out.length > limits.maxPackBytes()) {
            omit(entry, out.length > limits.maxFileBytes() ? "larger than " + limits.maxFileBytes() + " bytes"
                    : "the pack's evidence is bounded to " + limits.maxPackBytes() + " bytes");
            return;
        }
        String path = String.format("evidence/%s-%04d.json", e.source(), files.size() + 1);
        files.put(path, out);
        paths.put(e.locator(), path);
        bytes += out.length;
        entry.put("file", path);
    }

    private void omit(ObjectNode entry, String why) {
        omitted++;
        entry.put("omitted", why);
    }

    private ObjectNode git(Evidence e, GitLocation at) throws IOException {
        if (at.path().isEmpty()) {
            return null;
        }
        CommittedBlobs.Blob blob = blobs.read(at)
                .orElseThrow(() -> new IOException(at.path() + " is not in commit " + at.commit()));
        ObjectNode doc = header(e).put("repo", at.repo()).put("commit", at.commit()).put("path", at.path())
                .put("blob", blob.id());
        if (isBinary(blob.bytes())) {
            return doc.put("binary", true).put("redactions", 0);
        }
        List<String> lines = GitExcerpt.lines(new String(blob.bytes(), StandardCharsets.UTF_8));
        GitExcerpt excerpt = GitExcerpt.of(lines, at.startLine(), at.endLine(), limits.maxExcerptLines());
        int[] count = {0};
        ArrayNode shown = doc.put("startLine", excerpt.start()).put("endLine", excerpt.end())
                .put("committedLinesSha256", Digests.hex(String.join("\n", excerpt.lines())))
                .put("truncated", excerpt.truncated() || blob.truncated()).putArray("lines");
        excerpt.lines().forEach(l -> shown.add(SecretScrubber.text(l, count)));
        return doc.put("redactions", count[0]);
    }

    private ObjectNode read(Evidence e) {
        List<Fact> read = facts.of(Fact.class).stream().filter(f -> f.evidence().location().equals(e.location())).toList();
        if (read.isEmpty()) {
            return null;
        }
        ObjectNode doc = header(e);
        ArrayNode objects = doc.putArray("objects");
        read.forEach(f -> objects.add(FactJson.of(f)));
        return doc.put("redactions", SecretScrubber.json(objects));
    }

    private static ObjectNode header(Evidence e) {
        ObjectNode doc = FactJson.MAPPER.createObjectNode().put("locator", e.locator()).put("source", e.source())
                .put("strength", e.strength().id());
        if (e.digest() != null) {
            doc.put("digest", e.digest());
        }
        return doc.put("detail", SecretScrubber.text(e.detail(), new int[1]));
    }

    private static boolean isBinary(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
