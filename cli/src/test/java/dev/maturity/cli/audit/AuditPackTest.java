package dev.maturity.cli.audit;

import dev.maturity.core.digest.Digests;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.cli.AuditHarness;
import dev.maturity.core.audit.AuditPack;
import dev.maturity.core.audit.Dsse;
import dev.maturity.core.audit.GitExcerpt;
import dev.maturity.core.audit.Manifest;
import dev.maturity.core.audit.SecretScrubber;
import dev.maturity.core.audit.Statement;
import dev.maturity.fixtures.kubernetes.ApiServer;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code maturity audit} on the fixture platforms — the LLM app (git, with an API key committed into
 * the eval workflow its criteria cite), an MLflow registry and a level-4 cluster — then
 * {@code maturity verify} on the pack as written and as someone holding it could edit it.
 */
class AuditPackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path repo;
    static Path pack;
    static Path[] keys;
    static Map<String, byte[]> entries;
    static MlflowServer mlflow;
    static ApiServer cluster;
    static AuditHarness.Run run;

    @BeforeAll
    static void audit() throws Exception {
        Logger.getLogger("io.fabric8.mockwebserver").setLevel(Level.WARNING);
        repo = AuditPlatform.appWithCommittedKey(dir.resolve("support-assistant"));
        String head;
        try (Git git = Git.open(repo.toFile())) {
            head = git.getRepository().resolve("HEAD").getName();
        }
        mlflow = MlflowServer.start(MlflowPlatforms.governed("https://github.com/acme/support-assistant.git", head));
        cluster = ApiServer.start().load("level4.yaml");
        Path kubeconfig = cluster.writeKubeconfig(dir, "prod-ml");
        keys = AuditPlatform.keyPair(dir, "auditor");
        pack = dir.resolve("pack.zip");
        run = AuditHarness.audit(Map.of("KUBECONFIG", kubeconfig.toString()), repo.toString(), "--mlflow", mlflow.uri(),
                "--kube-context", "prod-ml-ctx", "--as-of", "2026-11-30", "--sign-key", keys[0].toString(),
                "--output", pack.toString());
        entries = AuditPlatform.entries(pack);
    }

    @AfterAll
    static void stop() {
        if (mlflow != null) {
            mlflow.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private static JsonNode json(String entry) throws Exception {
        return JSON.readTree(new String(entries.get(entry), StandardCharsets.UTF_8));
    }

    @Test
    void the_pack_holds_the_report_the_three_framework_views_the_evidence_a_manifest_and_an_attestation() throws Exception {
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(entries).containsKeys("report.json", "report.html", "controls.json", "controls.html", "manifest.json",
                AuditPack.ATTESTATION, "evidence/index.json");
        JsonNode controls = json("controls.json");
        List<String> frameworks = new ArrayList<>();
        controls.path("frameworks").forEach(f -> frameworks.add(f.path("id").asText()));
        assertThat(frameworks).containsExactly("eu-ai-act", "nist-ai-rmf", "iso-42001");
        List<String> eu = new ArrayList<>();
        controls.path("frameworks").get(0).path("controls").forEach(c -> eu.add(c.path("id").asText()));
        assertThat(eu).containsExactly("Art.9", "Art.10", "Art.11", "Art.12", "Art.13", "Art.14", "Art.15", "Art.17",
                "Art.26", "Art.72");
        assertThat(controls.path("notice").asText()).startsWith("This is evidence gathered by an automated scan")
                .contains("not a legal conformity assessment");
        assertThat(new String(entries.get("controls.html"), StandardCharsets.UTF_8)).contains("Not a conformity statement.");
        assertThat(json("report.json").path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(run.out().trim()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void every_met_git_criterion_cites_an_excerpt_equal_to_the_committed_lines_with_the_blob_id() throws Exception {
        Map<String, String> files = index();
        List<String> checked = new ArrayList<>();
        try (Repository r = Git.open(repo.toFile()).getRepository()) {
            for (JsonNode e : metEvidence("git")) {
                String locator = e.path("locator").asText();
                if (!locator.contains(":")) {
                    continue; // a commit as a whole
                }
                assertThat(files).as("captured " + locator).containsKey(locator);
                JsonNode doc = json(files.get(locator));
                String path = doc.path("path").asText();
                ObjectId blob = r.resolve(doc.path("commit").asText() + ":" + path);
                assertThat(doc.path("blob").asText()).as(locator).isEqualTo(blob.getName());
                List<String> committed = GitExcerpt.lines(new String(r.open(blob).getBytes(), StandardCharsets.UTF_8));
                int start = doc.path("startLine").asInt();
                int end = doc.path("endLine").asInt();
                List<String> expected = committed.subList(start - 1, end).stream()
                        .map(l -> l.replace(AuditPlatform.LITERAL_KEY, SecretScrubber.marker(AuditPlatform.LITERAL_KEY))).toList();
                List<String> shown = new ArrayList<>();
                doc.path("lines").forEach(l -> shown.add(l.asText()));
                assertThat(shown).as(locator).isEqualTo(expected);
                checked.add(locator);
            }
        }
        assertThat(checked).anyMatch(l -> l.matches("support-assistant@[0-9a-f]{40}:\\.github/workflows/ci\\.yml#L24-L44"))
                .anyMatch(l -> l.matches("support-assistant@[0-9a-f]{40}:promptfooconfig\\.yaml#L19-L34"));
    }

    @Test
    void mlflow_and_kubernetes_evidence_is_captured_as_read() throws Exception {
        Map<String, String> files = index();
        List<JsonNode> k8s = new ArrayList<>();
        for (JsonNode e : metEvidence("kubernetes")) {
            k8s.add(json(files.get(e.path("locator").asText())));
        }
        String job = "prod-ml/ml-training/Job/train-fraud-scorer-20261129@" + cluster.uid("Job", "ml-training", "train-fraud-scorer-20261129");
        assertThat(k8s).anySatisfy(doc -> {
            assertThat(doc.path("locator").asText()).isEqualTo(job);
            assertThat(doc.path("objects").get(0).path("read").path("kind").asText()).isEqualTo("Job");
            assertThat(doc.path("objects").get(0).path("read").path("name").asText()).isEqualTo("train-fraud-scorer-20261129");
        });
        List<JsonNode> ml = new ArrayList<>();
        for (JsonNode e : metEvidence("mlflow")) {
            ml.add(json(files.get(e.path("locator").asText())));
        }
        assertThat(ml).anySatisfy(doc -> {
            assertThat(doc.path("locator").asText()).startsWith(mlflow.uri() + "#/models/" + MlflowPlatforms.MODEL + "/versions/");
            assertThat(doc.path("objects").get(0).path("type").asText()).isEqualTo("ModelVersion");
            assertThat(doc.path("objects").get(0).path("read").path("model").asText()).isEqualTo(MlflowPlatforms.MODEL);
        });
    }

    @Test
    void a_literal_api_key_in_a_cited_workflow_appears_nowhere_in_the_pack() throws Exception {
        byte[] key = AuditPlatform.LITERAL_KEY.getBytes(StandardCharsets.UTF_8);
        List<String> forms = List.of(AuditPlatform.LITERAL_KEY, Base64.getEncoder().encodeToString(key),
                Base64.getUrlEncoder().withoutPadding().encodeToString(key));
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            for (String f : forms) {
                assertThat(text).as(e.getKey()).doesNotContain(f);
            }
        }
        assertThat(new String(Files.readAllBytes(pack), StandardCharsets.ISO_8859_1)).doesNotContain(AuditPlatform.LITERAL_KEY);
        String ci = new String(entries.get(index().entrySet().stream()
                .filter(e -> e.getKey().contains(":.github/workflows/ci.yml#L24")).findFirst().orElseThrow().getValue()),
                StandardCharsets.UTF_8);
        assertThat(ci).contains("OPENAI_API_KEY: " + SecretScrubber.marker(AuditPlatform.LITERAL_KEY));
        assertThat(run.err()).contains("1 secret value(s) redacted");
    }

    @Test
    void verify_passes_the_pack_as_written_with_the_key_the_digest_and_the_repository() {
        AuditHarness.Run v = AuditHarness.verify(pack.toString(), "--public-key", keys[1].toString(), "--repo", repo.toString());
        assertThat(v.code()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("checked: signature by the public key", "is intact and authentic")
                .containsPattern("checked: \\d+ git excerpts against the repository");
        AuditHarness.Run d = AuditHarness.verify(pack.toString(), "--expect-digest", run.out().trim());
        assertThat(d.code()).as(d.out()).isZero();
    }

    @Test
    void a_one_byte_edit_fails_naming_the_file() throws Exception {
        Map<String, byte[]> edited = new TreeMap<>(entries);
        edited.put("controls.html", oneByteEdit(entries.get("controls.html")));
        Path tampered = dir.resolve("edited.zip");
        AuditPlatform.write(tampered, edited);
        AuditHarness.Run v = AuditHarness.verify(tampered.toString(), "--public-key", keys[1].toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains("FAILED altered: controls.html (its SHA-256 differs from manifest.json)");
    }

    @Test
    void the_same_edit_with_manifest_and_attestation_digests_recomputed_fails_on_the_signature() throws Exception {
        Map<String, byte[]> edited = new TreeMap<>(entries);
        edited.put("controls.html", oneByteEdit(entries.get("controls.html")));
        edited.remove(Manifest.PATH);
        Dsse original = Dsse.parse(edited.remove(AuditPack.ATTESTATION));
        Manifest manifest = Manifest.of(edited);
        Map<String, String> subjects = new LinkedHashMap<>(manifest.files());
        subjects.put(Manifest.PATH, dev.maturity.core.digest.Digests.hex(manifest.bytes()));
        ObjectNode predicate = (ObjectNode) JSON.readTree(original.payload()).path("predicate");
        byte[] statement = Statement.of(subjects, predicate);
        edited.put(Manifest.PATH, manifest.bytes());
        edited.put(AuditPack.ATTESTATION, new Dsse(original.payloadType(), statement, original.signatures()).bytes());
        Path tampered = dir.resolve("recomputed.zip");
        AuditPlatform.write(tampered, edited);

        AuditHarness.Run v = AuditHarness.verify(tampered.toString(), "--public-key", keys[1].toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains("FAILED signature: the attestation's signature does not match the public key")
                .doesNotContain("altered:");
        AuditHarness.Run d = AuditHarness.verify(tampered.toString(), "--expect-digest", run.out().trim());
        assertThat(d.code()).isEqualTo(1);
        assertThat(d.out()).contains("FAILED digest: the statement's SHA-256 is");
    }

    @Test
    void another_key_does_not_verify_the_pack() {
        Path[] other = AuditPlatform.keyPair(dir, "someone-else");
        AuditHarness.Run v = AuditHarness.verify(pack.toString(), "--public-key", other[1].toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains("FAILED signature: the attestation's signature does not match the public key");
    }

    @Test
    void reading_the_scanned_systems_for_the_pack_wrote_nothing_to_them() {
        assertThat(cluster.requests()).allSatisfy(r -> assertThat(r).startsWith("GET "));
        assertThat(mlflow.requests()).allSatisfy(r -> assertThat(r.getMethod().getName()).isIn("GET", "POST"));
    }

    private static byte[] oneByteEdit(byte[] html) {
        byte[] out = html.clone();
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.indexOf("not supported");
        int i = at >= 0 ? at : text.indexOf("supported");
        out[i] = (byte) (out[i] == 'n' ? 'N' : 'S');
        return out;
    }

    private static Map<String, String> index() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode e : json("evidence/index.json").path("evidence")) {
            if (e.has("file")) {
                out.put(e.path("locator").asText(), e.path("file").asText());
            }
        }
        return out;
    }

    /** The evidence of every MET criterion of the report, from one source. */
    private static List<JsonNode> metEvidence(String source) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : json("report.json").path("axes")) {
            for (JsonNode c : a.path("criteria")) {
                if (c.path("outcome").asText().equals("MET")) {
                    c.path("evidence").forEach(e -> {
                        if (e.path("source").asText().equals(source)) {
                            out.add(e);
                        }
                    });
                }
            }
        }
        return out;
    }
}
