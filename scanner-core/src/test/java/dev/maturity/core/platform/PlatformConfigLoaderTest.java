package dev.maturity.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.model.Track;
import dev.maturity.core.spi.ScanRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformConfigLoaderTest {

    private static final Path FILE = Path.of("/etc/maturity/maturity.yaml");

    private static final String PLATFORM = """
            version: 1
            defaults:
              rubric: rubric.yaml
              thresholds: {classical: 2, llm: 1}
              timeout: 5m
            platforms:
              - name: recsys
                team: ranking
                targets:
                  - name: ranker
                    git:
                      repository: https://git.example.com/recsys/ranker.git
                      ref: main
                      tokenEnv: RANKER_GIT_TOKEN
                  - name: features
                    git: ../repos/features
                    timeout: 90s
              - name: genai
                team: assistants
                targets:
                  - name: mlflow-prod
                    mlflow:
                      uri: https://mlflow.example.com
                      tokenEnv: MLFLOW_PROD_TOKEN
                    thresholds: {llm: 3}
                  - name: serving-eu
                    kubernetes:
                      context: prod-eu
                      namespaces: [llm-*, serving]
                      kubeconfig: clusters/prod-eu.kubeconfig
            """;

    @Test
    void targets_of_every_platform_are_read_in_file_order_with_defaults_applied() {
        PlatformConfig config = PlatformConfigLoader.parse(FILE, PLATFORM);

        assertThat(config.targets()).extracting(Target::name).containsExactly("ranker", "features", "mlflow-prod", "serving-eu");
        assertThat(config.defaults().rubric()).isEqualTo(Path.of("/etc/maturity/rubric.yaml"));
        Target ranker = config.target("ranker").orElseThrow();
        assertThat(ranker.platform()).isEqualTo("recsys");
        assertThat(ranker.team()).isEqualTo("ranking");
        assertThat(ranker.git()).isEqualTo(new Target.Git("https://git.example.com/recsys/ranker.git", "main", "RANKER_GIT_TOKEN"));
        assertThat(ranker.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ranker.thresholds()).isEqualTo(Map.of(Track.CLASSICAL, 2, Track.LLM, 1));
        Target features = config.target("features").orElseThrow();
        assertThat(features.git().repository()).isEqualTo("/etc/repos/features");
        assertThat(features.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.target("mlflow-prod").orElseThrow().thresholds()).isEqualTo(Map.of(Track.LLM, 3));
        assertThat(config.target("serving-eu").orElseThrow().kubernetes())
                .isEqualTo(new Target.Kubernetes("prod-eu", java.util.List.of("llm-*", "serving"), "/etc/maturity/clusters/prod-eu.kubeconfig"));
    }

    @Test
    void a_target_becomes_a_scan_request_with_its_credential_under_the_standard_name() {
        PlatformConfig config = PlatformConfigLoader.parse(FILE, PLATFORM);
        Map<String, String> env = Map.of("RANKER_GIT_TOKEN", "ghp-ranker", "MLFLOW_PROD_TOKEN", "mlflow-secret",
                "MLFLOW_TRACKING_TOKEN", "someone-elses", "HOME", "/root");
        Instant asOf = Instant.parse("2026-11-30T00:00:00Z");

        ScanRequest ranker = config.target("ranker").orElseThrow().toRequest(asOf, env, Path.of("/w"));
        ScanRequest mlflow = config.target("mlflow-prod").orElseThrow().toRequest(asOf, env, Path.of("/w"));
        ScanRequest cluster = config.target("serving-eu").orElseThrow().toRequest(asOf, env, Path.of("/w"));

        assertThat(ranker.gitTargets()).containsExactly("https://git.example.com/recsys/ranker.git");
        assertThat(ranker.ref()).isEqualTo("main");
        assertThat(ranker.env("GIT_TOKEN")).isEqualTo("ghp-ranker");
        assertThat(ranker.options()).isEmpty();
        assertThat(mlflow.gitTargets()).isEmpty();
        assertThat(mlflow.option("mlflow.uri")).isEqualTo("https://mlflow.example.com");
        assertThat(mlflow.env("MLFLOW_TRACKING_TOKEN")).isEqualTo("mlflow-secret");
        assertThat(cluster.options()).isEqualTo(Map.of("kubernetes.context", "prod-eu", "kubernetes.namespaces", "llm-*,serving"));
        assertThat(cluster.env("KUBECONFIG")).isEqualTo("/etc/maturity/clusters/prod-eu.kubeconfig");
    }

    @Test
    void a_target_reads_only_the_sources_it_declares_and_ambient_mlflow_credentials_stay_with_their_server() {
        PlatformConfig config = PlatformConfigLoader.parse(FILE, """
                platforms:
                  - name: recsys
                    targets:
                      - name: ranker
                        git: ../repos/ranker
                      - name: shared-registry
                        mlflow: {uri: "https://mlflow.corp.example.com"}
                      - name: own-registry
                        mlflow: {uri: "https://mlflow.recsys.example.com"}
                      - name: current-cluster
                        kubernetes: {context: current}
                """);
        Map<String, String> env = Map.of("MLFLOW_TRACKING_URI", "https://mlflow.corp.example.com",
                "MLFLOW_TRACKING_TOKEN", "corp-token", "MLFLOW_TRACKING_USERNAME", "corp", "MLFLOW_TRACKING_PASSWORD", "corp-pw",
                "KUBECONFIG", "/home/ops/.kube/config", "HOME", "/home/ops");
        Instant asOf = Instant.parse("2026-11-30T00:00:00Z");

        ScanRequest ranker = config.target("ranker").orElseThrow().toRequest(asOf, env, Path.of("/w"));
        assertThat(ranker.declared()).containsExactly("git");
        assertThat(ranker.reads("git")).isTrue();
        assertThat(ranker.reads("mlflow")).isFalse();
        assertThat(ranker.reads("kubernetes")).isFalse();
        assertThat(ranker.environment()).doesNotContainKeys("MLFLOW_TRACKING_URI", "MLFLOW_TRACKING_TOKEN",
                "MLFLOW_TRACKING_USERNAME", "MLFLOW_TRACKING_PASSWORD");

        ScanRequest shared = config.target("shared-registry").orElseThrow().toRequest(asOf, env, Path.of("/w"));
        assertThat(shared.declared()).containsExactly("mlflow");
        assertThat(shared.option("mlflow.uri")).isEqualTo("https://mlflow.corp.example.com");
        assertThat(shared.env("MLFLOW_TRACKING_TOKEN")).isEqualTo("corp-token");

        ScanRequest own = config.target("own-registry").orElseThrow().toRequest(asOf, env, Path.of("/w"));
        assertThat(own.option("mlflow.uri")).isEqualTo("https://mlflow.recsys.example.com");
        assertThat(own.environment()).doesNotContainKeys("MLFLOW_TRACKING_TOKEN", "MLFLOW_TRACKING_USERNAME",
                "MLFLOW_TRACKING_PASSWORD");

        Target cluster = config.target("current-cluster").orElseThrow();
        assertThat(cluster.kubernetes().context()).isNull();
        ScanRequest current = cluster.toRequest(asOf, env, Path.of("/w"));
        assertThat(current.declared()).containsExactly("kubernetes");
        assertThat(current.options()).isEmpty();
        assertThat(current.env("KUBECONFIG")).isEqualTo("/home/ops/.kube/config");
    }

    @Test
    void the_failed_targets_a_run_allows_are_a_count_or_a_share_and_none_by_default() {
        String targets = """
                platforms:
                  - name: recsys
                    targets: [{name: ranker, git: ./ranker}]
                """;
        assertThat(PlatformConfigLoader.parse(FILE, targets).defaults().allowFailed()).isEqualTo(FailureAllowance.NONE);
        assertThat(PlatformConfigLoader.parse(FILE, "defaults: {allowFailed: 2}\n" + targets).defaults().allowFailed())
                .isEqualTo(FailureAllowance.parse("2"));
        assertThat(PlatformConfigLoader.parse(FILE, "defaults: {allowFailed: 25%}\n" + targets).defaults().allowFailed())
                .isEqualTo(FailureAllowance.parse("25%"));
        assertThatThrownBy(() -> PlatformConfigLoader.parse(FILE, "defaults:\n  allowFailed: some\n" + targets))
                .hasMessage("/etc/maturity/maturity.yaml:2: defaults.allowFailed: expected a number of targets (2)"
                        + " or a share of them (25%), not 'some'");
        assertThatThrownBy(() -> PlatformConfigLoader.parse(FILE, "defaults:\n  allowFailed: 150%\n" + targets))
                .hasMessage("/etc/maturity/maturity.yaml:2: defaults.allowFailed: a share of the targets is at most 100%, not 150%");
    }

    @Test
    void a_literal_token_is_rejected_naming_file_line_and_key_without_echoing_it() {
        String text = """
                platforms:
                  - name: recsys
                    targets:
                      - name: ranker
                        git:
                          repository: https://git.example.com/ranker.git
                          token: ghp_0123456789abcdef
                """;

        assertThatThrownBy(() -> PlatformConfigLoader.parse(FILE, text))
                .isInstanceOf(PlatformConfigException.class)
                .hasMessage("/etc/maturity/maturity.yaml:7: platforms[0].targets[0].git.token: literal secrets are not"
                        + " allowed in the config; name an environment variable with tokenEnv")
                .message().doesNotContain("ghp_0123456789abcdef");
    }

    @Test
    void a_token_env_holding_a_value_instead_of_a_name_is_rejected_without_echoing_it() {
        String text = """
                platforms:
                  - name: genai
                    targets:
                      - name: mlflow-prod
                        mlflow: {uri: "https://mlflow.example.com", tokenEnv: "dapi-1f2e3d4c"}
                """;

        assertThatThrownBy(() -> PlatformConfigLoader.parse(FILE, text))
                .hasMessage("/etc/maturity/maturity.yaml:5: platforms[0].targets[0].mlflow.tokenEnv: must name an"
                        + " environment variable (A-Z, 0-9, _), not hold a value");
    }

    @Test
    void a_password_in_a_repository_url_is_rejected() {
        String text = """
                platforms:
                  - name: recsys
                    targets:
                      - name: ranker
                        git: https://bot:hunter2@git.example.com/ranker.git
                """;

        assertThatThrownBy(() -> PlatformConfigLoader.parse(FILE, text))
                .hasMessageStartingWith("/etc/maturity/maturity.yaml:5: platforms[0].targets[0].git: the URL carries a password")
                .message().doesNotContain("hunter2");
    }

    @Test
    void unknown_keys_duplicates_and_empty_targets_name_their_line() {
        assertThatThrownBy(() -> PlatformConfigLoader.parse(FILE, """
                platforms:
                  - name: recsys
                    targets:
                      - name: ranker
                        gitt: ./ranker
                """)).hasMessage("/etc/maturity/maturity.yaml:5: platforms[0].targets[0].gitt: unknown key"
                + " (expected one of git, kubernetes, mlflow, name, thresholds, timeout)");
        assertThatThrownBy(() -> PlatformConfigLoader.parse(FILE, """
                platforms:
                  - name: recsys
                    targets:
                      - {name: ranker, git: ./a}
                      - {name: ranker, git: ./b}
                """)).hasMessage("/etc/maturity/maturity.yaml:5: platforms[0].targets[1].name: duplicate target name 'ranker'");
        assertThatThrownBy(() -> PlatformConfigLoader.parse(FILE, """
                platforms:
                  - name: recsys
                    targets:
                      - name: ranker
                """)).hasMessage("/etc/maturity/maturity.yaml:4: platforms[0].targets[0]: a target needs at least one"
                + " of git, mlflow, kubernetes");
        assertThatThrownBy(() -> PlatformConfigLoader.parse(FILE, """
                defaults:
                  timeout: soon
                platforms: []
                """)).hasMessage("/etc/maturity/maturity.yaml:2: defaults.timeout: expected a duration such as 90s,"
                + " 10m or 1h, not 'soon'");
        assertThatThrownBy(() -> PlatformConfigLoader.parse(FILE, "platforms: [\n")).isInstanceOf(PlatformConfigException.class)
                .hasMessageContaining("(yaml)");
    }
}
