package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.maturity.core.render.ReportJson;
import dev.maturity.fixtures.platforms.ClassicalProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive {@code mvn package} builds (cli/target/maturity-VERSION.tar.gz), unpacked
 * and run as a user runs it: bin/maturity in a clean environment (empty HOME, its own cache
 * directory), as a child process.
 */
class DistributionIT {

    @TempDir
    Path dir;

    private Path home;
    private Path launcher;
    private Path jar;
    private Path cache;

    @BeforeEach
    void unpack() throws Exception {
        Path archive = archive();
        Path install = Files.createDirectories(dir.resolve("opt"));
        Result untar = run(List.of("tar", "-xzf", archive.toString(), "-C", install.toString()), Map.of());
        assertThat(untar.code()).as(untar.err()).isZero();
        try (Stream<Path> top = Files.list(install)) {
            Path root = top.findFirst().orElseThrow();
            assertThat(root.getFileName().toString()).isEqualTo(archive.getFileName().toString().replace(".tar.gz", ""));
            launcher = root.resolve("bin/maturity");
            jar = root.resolve("lib/maturity.jar");
        }
        home = Files.createDirectories(dir.resolve("home"));
        cache = dir.resolve("cache");
    }

    @Test
    void the_launcher_prints_the_jars_version_and_its_first_scan_writes_the_class_data_archive_later_ones_use() throws Exception {
        assertThat(Files.isExecutable(launcher)).isTrue();
        Result version = launch(Map.of(), "--version");
        Result plain = run(List.of(java(), "-jar", jar.toString(), "--version"), env(Map.of()));
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("maturity ").isEqualTo(plain.out());
        assertThat(version.err()).isEmpty();
        assertThat(archives()).as("--version writes no archive").isEmpty();

        Path repo = dir.resolve("churn");
        ClassicalProject.create(repo).close();
        Result first = launch(Map.of(), "scan", repo.toString(), "--format", "json", "-o", dir.resolve("first.json").toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        List<Path> written = archives();
        assertThat(written).hasSize(1).allSatisfy(a -> assertThat(a.getFileName().toString()).matches("maturity-\\d+\\.jsa"));
        FileTime when = Files.getLastModifiedTime(written.get(0));

        Result second = launch(Map.of(), "scan", repo.toString(), "--format", "json", "-o", dir.resolve("second.json").toString());
        Result direct = run(List.of(java(), "-jar", jar.toString(), "scan", repo.toString(), "--format", "json", "-o",
                dir.resolve("direct.json").toString()), env(Map.of()));

        assertThat(second.code()).as(second.err()).isZero();
        assertThat(archives()).containsExactlyElementsOf(written);
        assertThat(Files.getLastModifiedTime(written.get(0))).isEqualTo(when);
        assertThat(findings("second.json")).isEqualTo(findings("first.json")).isEqualTo(findings("direct.json"));
        assertThat(findings("second.json").get(0).get("level").asInt()).isPositive();
    }

    @Test
    void without_a_writable_cache_directory_it_scans_without_the_archive_and_says_nothing_about_it() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("cache-file"), "");
        Path repo = dir.resolve("churn");
        ClassicalProject.create(repo).close();

        Result scan = launch(Map.of("XDG_CACHE_HOME", notADirectory.toString()), "scan", repo.toString());

        assertThat(scan.code()).as(scan.err()).isZero();
        assertThat(scan.err()).isEmpty();
        assertThat(scan.out()).contains("source git " + repo + " @", "OK");
    }

    @Test
    void java_opts_reach_the_jvm_after_the_launchers_defaults() throws Exception {
        Result flags = launch(Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintCommandLineFlags"), "--version");

        assertThat(flags.code()).as(flags.err()).isZero();
        assertThat(flags.out()).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=4").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void a_launcher_reached_through_a_symbolic_link_finds_its_jar() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("bin")).resolve("maturity"), launcher);

        Result version = run(List.of(link.toString(), "--version"), env(Map.of()));

        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("maturity ");
    }

    private List<JsonNode> findings(String report) throws IOException {
        List<JsonNode> axes = new ArrayList<>();
        ReportJson.MAPPER.readTree(dir.resolve(report).toFile()).get("axes").forEach(axes::add);
        return axes;
    }

    private List<Path> archives() throws IOException {
        Path maturity = cache.resolve("maturity");
        if (!Files.isDirectory(maturity)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(maturity)) {
            return files.sorted().toList();
        }
    }

    private Result launch(Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(command, env(extra));
    }

    /** A clean environment: the JDK running the tests, an empty HOME, no ambient cluster or registry. */
    private Map<String, String> env(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("HOME", home.toString());
        env.put("XDG_CACHE_HOME", cache.toString());
        env.putAll(extra);
        return env;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The archive next to the jar failsafe is given (maturity.jar), or in target/. */
    private static Path archive() throws IOException {
        String jarProperty = System.getProperty("maturity.jar");
        Path target = jarProperty != null ? Path.of(jarProperty).getParent() : Path.of("target");
        try (Stream<Path> files = Files.list(target)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().matches("maturity-.+\\.tar\\.gz")).toList();
            assertThat(found).as("the distribution archive mvn package writes to " + target).hasSize(1);
            return found.get(0);
        }
    }

    private Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {
    }
}
