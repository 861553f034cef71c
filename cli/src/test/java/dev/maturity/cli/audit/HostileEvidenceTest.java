package dev.maturity.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maturity.core.audit.EvidenceCapture;
import dev.maturity.core.audit.PackLimits;
import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.CriterionResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.score.Scorer;
import dev.maturity.core.score.Summary;
import dev.maturity.core.score.TrackSummary;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.CommittedBlobReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile repository cannot make a pack grow without limit: a cited file of 200 000 lines is cut
 * to the excerpt bound and says so, citations beyond the file bound are listed as omitted with the
 * reason, and file names in the pack never come from repository paths.
 */
class HostileEvidenceTest {

    @TempDir
    Path dir;

    @Test
    void excerpts_and_evidence_files_are_bounded_and_what_was_left_out_says_why() throws Exception {
        String commit;
        try (GitRepoBuilder b = GitRepoBuilder.init(dir.resolve("hostile"))) {
            b.as(GitRepoBuilder.ALICE).file("big.yaml", "k: v\n".repeat(200_000))
                    .file("a.yaml", "a: 1\n").file("b.yaml", "b: 1\n");
            commit = b.commit("hostile").getName();
        }
        List<Evidence> cited = new ArrayList<>();
        for (String path : List.of("big.yaml", "a.yaml", "b.yaml")) {
            cited.add(new Evidence(GitLocation.file("hostile", commit, path), Strength.DECLARED, null, path));
        }
        cited.add(new Evidence(GitLocation.file("hostile", commit, "missing.yaml"), Strength.DECLARED, null, "gone"));
        CriterionResult c = new CriterionResult("repro.code-in-git", 1, "?", Outcome.MET, "", "", List.of(), "[]", "declared",
                cited, null);
        TrackSummary none = new TrackSummary(false, null, null, null, null, "", List.of());
        Report report = new Report(1, new Report.Tool("maturity", "t"), "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z",
                new Report.RubricRef("default", "1", "x"), List.of(), new Summary(none, none, null, List.of(), null),
                List.of(Scorer.levels(Axis.REPRODUCIBILITY, Track.CLASSICAL, true, List.of(c))), List.of());
        ScanRequest request = new ScanRequest(List.of(dir.resolve("hostile").toString()), null, Instant.now(), Map.of(),
                Map.of(), dir);
        PackLimits limits = new PackLimits(10L * 1024 * 1024, 2, PackLimits.MAX_FILE_BYTES, 100);

        EvidenceCapture.Captured captured;
        try (CommittedBlobReader blobs = CommittedBlobReader.of(request)) {
            captured = EvidenceCapture.capture(report, Facts.empty(), blobs, limits);
        }

        ObjectMapper json = new ObjectMapper();
        JsonNode big = json.readTree(captured.files().get("evidence/git-0001.json"));
        assertThat(big.path("lines").size()).isEqualTo(100);
        assertThat(big.path("truncated").asBoolean()).isTrue();
        assertThat(big.path("endLine").asInt()).isEqualTo(100);
        assertThat(captured.files().get("evidence/git-0001.json").length).isLessThan(8 * 1024);
        List<String> omitted = new ArrayList<>();
        json.readTree(captured.files().get("evidence/index.json")).path("evidence")
                .forEach(e -> omitted.add(e.path("locator").asText().replaceAll(".*:", "") + " " + e.path("omitted").asText()));
        assertThat(omitted).containsExactly("big.yaml ", "a.yaml ", "b.yaml the pack holds at most 2 evidence files",
                "missing.yaml the pack holds at most 2 evidence files");
        assertThat(captured.files().keySet()).allMatch(n -> n.matches("evidence/(git-\\d{4}|index)\\.json"));
    }
}
