package dev.maturity.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.cli.AuditHarness;
import dev.maturity.fixtures.git.GitRepoBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user can get wrong with {@code audit} and {@code verify}: a clear message, exit 2, no pack written. */
class AuditBadInputTest {

    @TempDir
    Path dir;
    Path repo;
    Path pack;

    @BeforeEach
    void repository() {
        try (GitRepoBuilder b = GitRepoBuilder.init(dir.resolve("repo"))) {
            b.as(GitRepoBuilder.ALICE).file("README.md", "# app\n").commit("init");
            repo = b.dir();
        }
        pack = dir.resolve("pack.zip");
    }

    private AuditHarness.Run audit(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = repo.toString();
        all[1] = "--output";
        all[2] = pack.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return AuditHarness.audit(Map.of(), all);
    }

    @Test
    void an_unknown_framework_lists_the_valid_ones() {
        AuditHarness.Run r = audit("--framework", "eu-ai-act,sox");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("maturity: error: unknown framework 'sox' (valid: eu-ai-act, nist-ai-rmf, iso-42001)");
        assertThat(pack).doesNotExist();
    }

    @Test
    void an_output_that_cannot_be_written_is_refused_before_the_scan() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        AuditHarness.Run r = AuditHarness.audit(Map.of(), repo.toString(), "--output", file.resolve("pack.zip").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("maturity: error: --output " + file.resolve("pack.zip") + ": " + file + " is not a directory");
        AuditHarness.Run d = AuditHarness.audit(Map.of(), repo.toString(), "--output", dir.toString());
        assertThat(d.code()).isEqualTo(2);
        assertThat(d.err()).contains("is a directory");
    }

    @Test
    void a_catalogue_with_an_unknown_criterion_names_its_file_and_line() throws Exception {
        Path catalogue = Files.writeString(dir.resolve("controls.yaml"), """
                controls:
                  - framework: eu-ai-act
                    id: "Art.15"
                    title: Accuracy and robustness
                    criteria:
                      - eval.regression-suite-in-ci
                      - eval.vibes-checked
                """);
        AuditHarness.Run r = audit("--catalogue", catalogue.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("maturity: error: " + catalogue + ":7: control eu-ai-act:Art.15 maps criterion "
                + "'eval.vibes-checked', which the rubric");
        assertThat(pack).doesNotExist();
    }

    @Test
    void a_malformed_period_says_what_a_period_looks_like() {
        for (String bad : new String[] {"2026-09-01", "2026-09-01..", "2026-13-01..2026-12-01", "2026-12-01..2026-09-01"}) {
            AuditHarness.Run r = audit("--period", bad);
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).contains("maturity: error: --period '" + bad + "'");
        }
        assertThat(pack).doesNotExist();
    }

    @Test
    void a_signing_key_that_is_not_a_private_key_is_a_usage_error() throws Exception {
        Path[] pair = AuditPlatform.keyPair(dir, "k");
        AuditHarness.Run r = audit("--sign-key", pair[1].toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(pair[1] + " holds no '-----BEGIN PRIVATE KEY-----' block");
    }

    @Test
    void verify_refuses_a_zip_that_is_not_a_pack_and_a_file_that_is_no_zip() throws Exception {
        Path zip = dir.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("hello".getBytes());
            out.closeEntry();
        }
        AuditHarness.Run r = AuditHarness.verify(zip.toString(), "--expect-digest", "0".repeat(64));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("maturity: error: " + zip + ": not an audit pack: it holds no manifest.json");

        Path text = Files.writeString(dir.resolve("report.zip"), "not a zip at all");
        AuditHarness.Run t = AuditHarness.verify(text.toString(), "--expect-digest", "0".repeat(64));
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains("maturity: error: " + text + " is not an audit pack: not a zip archive");
    }

    @Test
    void a_platform_config_target_is_audited_by_name_and_an_unknown_one_lists_the_targets() throws Exception {
        Path config = Files.writeString(dir.resolve("maturity.yaml"), """
                version: 1
                platforms:
                  - name: genai
                    targets:
                      - name: support-bot
                        git: %s
                """.formatted(repo));
        AuditHarness.Run unknown = AuditHarness.audit(Map.of(), "--config", config.toString(), "--target", "ranker",
                "--output", pack.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no target 'ranker' in " + config + " (targets: support-bot)");

        AuditHarness.Run run = AuditHarness.audit(Map.of(), "--config", config.toString(), "--target", "support-bot",
                "--output", pack.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String report = new String(AuditPlatform.entries(pack).get("report.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(report).contains("\"uri\" : \"" + repo + "\"");
    }

    @Test
    void verify_needs_a_public_key_or_an_expected_digest() throws Exception {
        AuditHarness.Run r = AuditHarness.verify(dir.resolve("any.zip").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("give --public-key PUB.pem or --expect-digest SHA256");
    }
}
