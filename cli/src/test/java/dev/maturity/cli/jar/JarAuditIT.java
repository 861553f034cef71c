package dev.maturity.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.audit.PemKeys;
import dev.maturity.fixtures.kubernetes.ApiServer;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The jar users run writes a signed audit pack of a whole platform (git, MLflow with a token, a
 * cluster behind TLS and a bearer token) that {@code verify} accepts, with every resource it needs
 * (control catalogue, styles) inside the jar and no credential anywhere in the pack.
 */
class JarAuditIT extends JarPlatform {

    @Test
    void audit_writes_a_signed_pack_that_verify_accepts_and_that_holds_no_credential() throws Exception {
        try (MlflowServer mlflow = MlflowServer.start(MlflowPlatforms.level2Classical(REPO_URL, commit));
             ApiServer cluster = ApiServer.startTls().load("level4.yaml")) {
            Path home = dir.resolve("home-audit");
            Files.createDirectories(home);
            KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Path key = Files.writeString(home.resolve("signer.pem"), PemKeys.pem(kp.getPrivate()));
            Path pub = Files.writeString(home.resolve("signer.pub.pem"), PemKeys.pem(kp.getPublic()));
            Path pack = home.resolve("churn-audit.zip");
            JarRun audit = JarRun.of(home, Map.of("KUBECONFIG", cluster.writeKubeconfig(home, "prod-ml").toString(),
                    "MLFLOW_TRACKING_URI", mlflow.uri(), "MLFLOW_TRACKING_TOKEN", MLFLOW_TOKEN),
                    "audit", repo.toString(), "--as-of", AS_OF, "--sign-key", key.toString(), "--output", pack.toString());
            assertThat(audit.exit()).as(audit.err()).isZero();
            assertThat(audit.err()).contains("attestation signed");

            JarRun verify = JarRun.of(home, Map.of(), "verify", pack.toString(), "--public-key", pub.toString(),
                    "--repo", repo.toString());
            assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
            assertThat(verify.out()).contains("is intact and authentic");

            Map<String, byte[]> entries = new TreeMap<>();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(pack))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
            assertThat(entries.keySet()).contains("controls.html", "controls.json", "report.json", "report.html")
                    .anyMatch(n -> n.startsWith("evidence/mlflow-")).anyMatch(n -> n.startsWith("evidence/kubernetes-"))
                    .anyMatch(n -> n.startsWith("evidence/git-"));
            entries.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name)
                    .doesNotContain(MLFLOW_TOKEN, ApiServer.TOKEN));
            assertThat(new String(entries.get("controls.html"), StandardCharsets.UTF_8)).contains("<style>", "status supported");
        }
    }
}
