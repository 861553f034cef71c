package dev.maturity.probes.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSystemConfigTest {

    @TempDir
    Path dir;

    @Test
    void a_git_installed_under_a_prefix_reads_that_prefix_etc_gitconfig() throws Exception {
        Path git = executable(dir.resolve("opt/git/bin/git"));
        Path config = Files.writeString(Files.createDirectories(dir.resolve("opt/git/etc")).resolve("gitconfig"),
                "[http]\n\tsslCAInfo = /etc/ssl/corp.pem\n");

        File found = GitSystemConfig.locate(Map.of("PATH", dir.resolve("empty") + File.pathSeparator + git.getParent())::get);

        assertThat(found).isEqualTo(config.toFile());
    }

    @Test
    void no_config_file_no_git_or_git_config_nosystem_mean_no_system_config() throws Exception {
        Path git = executable(dir.resolve("opt/git/bin/git"));

        assertThat(GitSystemConfig.locate(Map.of("PATH", git.getParent().toString())::get)).isNull();
        assertThat(GitSystemConfig.locate(Map.of("PATH", dir.resolve("nowhere").toString())::get)).isNull();
        assertThat(GitSystemConfig.locate(Map.<String, String>of()::get)).isNull();
        Files.createDirectories(dir.resolve("opt/git/etc"));
        Files.writeString(dir.resolve("opt/git/etc/gitconfig"), "[core]\n");
        assertThat(GitSystemConfig.locate(Map.of("PATH", git.getParent().toString(), "GIT_CONFIG_NOSYSTEM", "1")::get)).isNull();
    }

    @Test
    void git_config_system_names_the_file_as_git_reads_it() throws Exception {
        Path config = Files.writeString(dir.resolve("system.gitconfig"), "[core]\n");

        assertThat(GitSystemConfig.locate(Map.of("GIT_CONFIG_SYSTEM", config.toString(), "PATH", "/usr/bin")::get))
                .isEqualTo(config.toFile());
    }

    private static Path executable(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
