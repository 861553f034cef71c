package dev.maturity.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.kubernetes.ApiServer;
import dev.maturity.fixtures.mlflow.MlflowPlatform;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Secrets that reach the process by no environment variable the redactor reads at start: the
 * bearer token inside a kubeconfig, and an MLflow password in the tracking URI's user info. Both
 * servers are hostile and echo the credential back — the API server in a Status message, the
 * MLflow registry in a model's name — raw, URL-encoded and Base64-encoded. The jar scans with every
 * format and {@code --verbose}; no report file and nothing on standard error holds either secret in
 * any of those forms, and the echo did reach the report (masked), so the check is not vacuous.
 */
class JarSecretsIT extends JarPlatform {

    static final String MLFLOW_USER = "mlflow-bot";
    static final String MLFLOW_PASSWORD = "Pw-4mlflow@registry:7f3e9a";

    private static String echoes(String user, String secret) {
        String b64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return secret + " " + URLEncoder.encode(secret, StandardCharsets.UTF_8) + " " + b64 + " Basic " + basic;
    }

    @Test
    void a_kubeconfig_token_and_an_mlflow_password_echoed_by_their_servers_are_printed_in_no_form() throws Exception {
        String clusterEcho = "token " + echoes("scanner", ApiServer.TOKEN) + " may not list prometheusrules";
        MlflowPlatform registry = MlflowPlatforms.level2Classical(REPO_URL, commit)
                .version("echo " + echoes(MLFLOW_USER, MLFLOW_PASSWORD), "1", MlflowPlatforms.runId("train-1"), v -> { });
        try (ApiServer cluster = ApiServer.startTls().load("level4.yaml")
                .answerStatus("/apis/monitoring.coreos.com/v1/prometheusrules", 403, "Forbidden", clusterEcho);
             MlflowServer mlflow = MlflowServer.start(registry)) {
            Path home = dir.resolve("home-secrets");
            Path kubeconfig = cluster.writeKubeconfig(home.resolve("kube"), "prod-ml");
            String trackingUri = mlflow.uri().replace("://", "://" + MLFLOW_USER + ":"
                    + URLEncoder.encode(MLFLOW_PASSWORD, StandardCharsets.UTF_8) + "@");
            Path reports = home.resolve("reports");

            JarRun run = JarRun.of(home, Map.of("KUBECONFIG", kubeconfig.toString()), "scan", repo.toString(),
                    "--as-of", AS_OF, "--mlflow", trackingUri, "--verbose", "--fail-on-unknown",
                    "--format", "text,json,sarif,junit,markdown,html,prometheus", "--output-dir", reports.toString());

            assertThat(run.exit()).as(run.err()).isEqualTo(3);
            List<String> printed = new ArrayList<>(List.of(run.out(), run.err()));
            try (Stream<Path> files = Files.list(reports)) {
                for (Path f : files.sorted().toList()) {
                    printed.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            assertThat(printed).hasSize(9);
            String everything = String.join("\n", printed);
            assertThat(run.err()).contains("maturity: incomplete: source kubernetes " + cluster.url() + "/ is FORBIDDEN: forbidden:"
                    + " list monitoring.coreos.com/prometheusrules (all namespaces) — HTTP 403 Forbidden: token *** *** *** Basic ")
                    .containsPattern("Basic [A-Za-z0-9+/]*\\*\\*\\*[A-Za-z0-9+/=]* may not list prometheusrules");
            assertThat(everything).as("the registry's echo reached the report, masked").contains("echo *** *** *** Basic ");
            Leaks.assertNone(everything, ApiServer.TOKEN, MLFLOW_PASSWORD, URLEncoder.encode(MLFLOW_PASSWORD, StandardCharsets.UTF_8));
        }
    }
}
