package dev.maturity.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    static final String COMMIT = "741b8ec7cbeb9fb6bfdf3fd9a270696b033ac1f1";

    @Test
    void the_manifest_names_version_and_commit_and_the_report_shows_both_as_semver_build_metadata() throws IOException {
        BuildInfo build = read("Manifest-Version: 1.0\nImplementation-Version: 0.1.0\nBuild-Commit: " + COMMIT + "\n");
        assertThat(build).isEqualTo(new BuildInfo("0.1.0", COMMIT));
        assertThat(build.describe()).isEqualTo("0.1.0+741b8ec7cbeb");
    }

    @Test
    void a_jar_built_outside_a_git_checkout_shows_its_version_alone() throws IOException {
        BuildInfo build = read("Manifest-Version: 1.0\nImplementation-Version: 0.1.0\nBuild-Commit: unknown\n");
        assertThat(build.commit()).isNull();
        assertThat(build.describe()).isEqualTo("0.1.0");
    }

    @Test
    void code_run_from_classes_is_dev() {
        assertThat(BuildInfo.of(BuildInfoTest.class)).isEqualTo(new BuildInfo(null, null));
        assertThat(new BuildInfo(null, COMMIT).describe()).isEqualTo("dev");
        assertThat(Scan.version()).isEqualTo("dev");
    }

    private static BuildInfo read(String manifest) throws IOException {
        return BuildInfo.of(new Manifest(new ByteArrayInputStream(manifest.getBytes(StandardCharsets.UTF_8))));
    }
}
