package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.mlflow.MlflowPlatforms;
import dev.maturity.fixtures.mlflow.MlflowServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option is checked before any source is read: with a live MLflow server configured, a bad
 * push URL, history location, tracking URI or platform-only flag exits 2 with one line naming it,
 * and the server has seen no request.
 */
class OptionsBeforeScanTest {

    @TempDir
    Path tmp;

    private Path repo;
    private MlflowServer mlflow;

    @BeforeEach
    void repositoryAndRegistry() {
        try (GitRepoBuilder r = GitRepoBuilder.init(tmp.resolve("repo"))) {
            r.file("train.py", "import mlflow\n").commit("init");
            repo = r.dir();
        }
        mlflow = MlflowServer.start(MlflowPlatforms.level1Notebooks());
    }

    @AfterEach
    void stop() {
        mlflow.close();
    }

    private CliRun scan(String... more) {
        String[] base = {"scan", repo.toString(), "--mlflow", mlflow.uri()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(args);
    }

    private void refusedBeforeTheScan(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("maturity: error: " + message);
        assertThat(run.out()).isEmpty();
        assertThat(mlflow.requests()).as("requests to the MLflow server").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://push.example:9091 | --pushgateway must be an http(s) URL with a host, such as http://pushgateway:9091, not 'ftp://push.example:9091'",
            "http:/pushgateway | --pushgateway must be an http(s) URL with a host, such as http://pushgateway:9091, not 'http:/pushgateway'",
            "http://push gateway:9091 | --pushgateway is not a URL: Illegal character in authority at index 7: http://push gateway:9091",
            "http://push.example:9091/?job=x | --pushgateway takes scheme, host, port and path only (no user info, query or fragment): 'http://push.example:9091/?job=x'"})
    void a_push_url_that_cannot_be_pushed_to(String url, String message) {
        refusedBeforeTheScan(scan("--pushgateway", url), message);
    }

    @Test
    void a_history_that_cannot_be_opened() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        CliRun run = scan("--history", file.resolve("history.db").toString());

        assertThat(run.err()).startsWith("maturity: error: cannot create the folder of history file " + file.resolve("history.db"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(mlflow.requests()).isEmpty();
    }

    @Test
    void a_tracking_uri_that_is_not_http() {
        CliRun run = CliRun.of("scan", repo.toString(), "--mlflow", "./mlruns", "--pushgateway", "http://127.0.0.1:1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("maturity: error: --mlflow: MLflow tracking URI must be http(s): ./mlruns");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--shard | 1/3 | --shard selects this pod's share of a platform's targets; give it with --config FILE (a maturity.yaml), or leave it out",
            "--parallel | 4 | --parallel sets how many targets of a platform are scanned at once; give it with --config FILE (a maturity.yaml), or leave it out",
            "--allow-failed | 10% | --allow-failed counts the failed targets of a platform scan; give it with --config FILE (a maturity.yaml), or leave it out"})
    void a_platform_option_without_config(String flag, String value, String message) {
        refusedBeforeTheScan(scan(flag, value), message);
    }

    @Test
    void a_kube_context_the_kubeconfig_does_not_define() throws Exception {
        Path kubeconfig = dev.maturity.fixtures.kubernetes.ApiServer.writeKubeconfig(tmp.resolve("kube"), "prod-ml", "https://127.0.0.1:1");
        int exit = CliHarness.scan(java.util.Map.of("KUBECONFIG", kubeconfig.toString()), repo.toString(), "--mlflow", mlflow.uri(),
                "--kube-context", "staging");
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(mlflow.requests()).isEmpty();
    }

    @Test
    void the_same_scan_with_good_options_reads_the_registry() {
        CliRun run = scan("--history", tmp.resolve("h/history.db").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(mlflow.requests()).isNotEmpty();
        assertThat(tmp.resolve("h/history.db")).isRegularFile();
    }
}
