package dev.maturity.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** What the shaded jar holds: every collector's runtime, the native libraries of the platforms it ships to, no test libraries. */
class JarContentsIT {

    static final long MAX_BYTES = 48L * 1024 * 1024;

    @Test
    void the_jar_holds_the_kubernetes_client_on_the_jdk_transport_and_stays_under_48_mib() throws IOException {
        List<String> entries = entries();
        assertThat(entries).contains("io/fabric8/kubernetes/client/Config.class",
                "io/fabric8/kubernetes/client/jdkhttp/JdkHttpClientFactory.class",
                "org/eclipse/jgit/api/Git.class", "okhttp3/OkHttpClient.class", "org/mlflow/api/proto/Service.class",
                "org/yaml/snakeyaml/Yaml.class", "org/sqlite/JDBC.class", "org/postgresql/Driver.class");
        try (JarFile jar = new JarFile(JarRun.JAR.toFile())) {
            String factories = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/services/io.fabric8.kubernetes.client.http.HttpClient$Factory")).readAllBytes());
            assertThat(factories.lines().filter(l -> !l.isBlank() && !l.startsWith("#")))
                    .containsExactly("io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory");
        }
        assertThat(entries).noneMatch(e -> e.startsWith("io/vertx/") || e.startsWith("io/netty/"));
        assertThat(Files.size(JarRun.JAR)).as("jar size").isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    void sqlite_native_libraries_are_those_of_linux_x86_64_and_aarch64_with_glibc_and_musl() throws IOException {
        assertThat(entries().stream().filter(e -> e.startsWith("org/sqlite/native/") && !e.endsWith("/")))
                .containsExactlyInAnyOrder("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
                        "org/sqlite/native/Linux/aarch64/libsqlitejdbc.so",
                        "org/sqlite/native/Linux-Musl/x86_64/libsqlitejdbc.so",
                        "org/sqlite/native/Linux-Musl/aarch64/libsqlitejdbc.so");
    }

    @Test
    void test_libraries_stay_out_of_the_jar() throws IOException {
        assertThat(entries()).noneMatch(e -> e.startsWith("com/fasterxml/jackson/dataformat/yaml/")
                || e.startsWith("com/github/tomakehurst/") || e.startsWith("org/junit/") || e.startsWith("org/assertj/")
                || e.startsWith("io/fabric8/mockwebserver/") || e.startsWith("dev/maturity/fixtures/")
                || e.startsWith("io/zonky/"));
    }

    @Test
    void the_manifest_records_the_version_and_the_commit_built() throws IOException {
        try (JarFile jar = new JarFile(JarRun.JAR.toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).isEqualTo(BuildUnderTest.VERSION);
            assertThat(main.getValue("Build-Commit")).isEqualTo(BuildUnderTest.COMMIT == null ? "unknown" : BuildUnderTest.COMMIT);
            assertThat(main.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo("dev.maturity.cli.Main");
        }
    }

    private static List<String> entries() throws IOException {
        try (JarFile jar = new JarFile(JarRun.JAR.toFile())) {
            return jar.stream().map(JarEntry::getName).toList();
        }
    }
}
