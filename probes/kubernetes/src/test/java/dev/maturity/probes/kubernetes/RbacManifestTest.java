package dev.maturity.probes.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.api.ApiKinds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RbacManifestTest {

    static final Path RBAC = Path.of("../../deploy/rbac.yaml");

    @Test
    void the_cluster_role_grants_nothing_beyond_get_list_and_watch_and_covers_every_kind_read() throws Exception {
        List<YamlNode> docs = SafeYaml.parseAll(Files.readString(RBAC));
        assertThat(docs).extracting(d -> d.get("kind").textOr("")).containsExactly("ServiceAccount", "ClusterRole", "ClusterRoleBinding");
        YamlNode role = docs.get(1);
        Set<String> granted = new HashSet<>();
        for (YamlNode rule : role.get("rules").items()) {
            assertThat(rule.get("verbs").texts()).isSubsetOf("get", "list", "watch");
            assertThat(rule.has("nonResourceURLs")).isFalse();
            for (String g : rule.get("apiGroups").texts()) {
                assertThat(g).isNotEqualTo("*");
                for (String r : rule.get("resources").texts()) {
                    assertThat(r).isNotEqualTo("*").doesNotContain("/").isNotEqualTo("secrets");
                    granted.add((g.isEmpty() ? "core" : g) + "/" + r);
                }
            }
        }
        List<ApiKind> read = new ArrayList<>(ApiKinds.ALL);
        read.add(ApiKinds.NAMESPACE);
        assertThat(granted).containsExactlyInAnyOrderElementsOf(read.stream().map(ApiKind::resource).toList());
        YamlNode binding = docs.get(2);
        assertThat(binding.at("roleRef", "name").textOr("")).isEqualTo(role.at("metadata", "name").textOr(""));
        assertThat(binding.get("subjects").items().get(0).get("name").textOr("")).isEqualTo(docs.get(0).at("metadata", "name").textOr(""));
    }

    @Test
    void the_scan_workloads_run_as_the_service_account_the_role_is_bound_to() throws Exception {
        String account = SafeYaml.parseAll(Files.readString(RBAC)).get(0).at("metadata", "name").textOr("");
        for (String workload : List.of("cronjob.yaml", "indexed-job.yaml")) {
            Path p = RBAC.resolveSibling(workload);
            if (Files.exists(p)) {
                List<String> names = new ArrayList<>();
                SafeYaml.parse(Files.readString(p)).walk(n -> names.addAll(n.get("serviceAccountName").texts()));
                assertThat(names).as(workload).containsOnly(account);
            }
        }
    }
}
