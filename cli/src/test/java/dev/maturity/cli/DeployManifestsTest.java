package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.platform.PlatformConfig;
import dev.maturity.core.platform.PlatformConfigLoader;
import dev.maturity.core.platform.Target;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every manifest in deploy/ parses with fabric8 and applies to the mock API server; the pieces fit together. */
@EnableKubernetesMockClient(crud = true)
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("..", "deploy");

    KubernetesClient client;

    private List<HasMetadata> manifests() throws Exception {
        List<HasMetadata> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    List<HasMetadata> items = client.load(in).items();
                    assertThat(items).as(f.toString()).isNotEmpty().allSatisfy(i -> assertThat(i).isNotNull());
                    out.addAll(items);
                }
            }
        }
        return out;
    }

    @Test
    void every_manifest_parses_and_applies_to_the_api_server() throws Exception {
        List<HasMetadata> items = manifests();
        items.stream().filter(i -> i.getKind().equals("Namespace")).forEach(i -> client.resource(i).create());
        items.stream().filter(i -> !i.getKind().equals("Namespace")).forEach(i -> client.resource(i).create());

        assertThat(items).extracting(HasMetadata::getKind).contains("Namespace", "ConfigMap", "Secret", "CronJob", "Job");
        assertThat(client.batch().v1().cronjobs().inNamespace("maturity").withName("maturity-platform-scan").get()).isNotNull();
        assertThat(client.batch().v1().jobs().inNamespace("maturity").withName("maturity-fleet-scan").get()
                .getSpec().getCompletionMode()).isEqualTo("Indexed");
        assertThat(client.configMaps().inNamespace("maturity").withName("maturity-config").get().getData())
                .containsKey("maturity.yaml");
    }

    @Test
    void the_cronjob_reads_the_configmap_and_every_token_the_config_names_is_in_the_secret() throws Exception {
        List<HasMetadata> items = manifests();
        ConfigMap config = one(items, ConfigMap.class);
        Secret secret = one(items, Secret.class);
        CronJob cron = one(items, CronJob.class);
        PlatformConfig platform = PlatformConfigLoader.parse(Path.of("/etc/maturity/maturity.yaml"),
                config.getData().get("maturity.yaml"));
        PodSpec pod = cron.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
        Container scan = pod.getContainers().get(0);

        assertThat(platform.targets()).hasSizeGreaterThanOrEqualTo(3);
        List<String> tokenNames = platform.targets().stream().flatMap(t -> Stream.of(
                t.git() == null ? null : t.git().tokenEnv(), t.mlflow() == null ? null : t.mlflow().tokenEnv()))
                .filter(Objects::nonNull).toList();
        assertThat(secret.getStringData()).containsKeys(tokenNames.toArray(String[]::new)).containsKey("MATURITY_HISTORY_URL");
        assertThat(secret.getStringData().values()).allSatisfy(v -> assertThat(v).contains("replace-me"));
        assertThat(scan.getArgs()).containsSequence("scan", "--config=/etc/maturity/maturity.yaml", "--history=$(MATURITY_HISTORY_URL)");
        assertThat(scan.getEnvFrom()).singleElement().satisfies(e -> assertThat(e.getSecretRef().getName())
                .isEqualTo(secret.getMetadata().getName()));
        assertThat(pod.getVolumes()).anySatisfy(v -> assertThat(v.getConfigMap().getName()).isEqualTo(config.getMetadata().getName()));
        assertThat(pod.getServiceAccountName()).isEqualTo("maturity-scanner");
        assertThat(scan.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(cron.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(platform.targets()).extracting(Target::name).doesNotHaveDuplicates();
    }

    @Test
    void the_indexed_job_tells_each_pod_how_many_shards_there_are() throws Exception {
        Job job = one(manifests(), Job.class);
        Container scan = job.getSpec().getTemplate().getSpec().getContainers().get(0);

        assertThat(job.getSpec().getCompletionMode()).isEqualTo("Indexed");
        assertThat(scan.getEnv()).filteredOn(e -> e.getName().equals("JOB_COMPLETIONS")).extracting(EnvVar::getValue)
                .containsExactly(String.valueOf(job.getSpec().getCompletions()));
        assertThat(scan.getArgs()).doesNotContain("--shard");
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> items, Class<T> type) {
        List<T> found = items.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }
}
