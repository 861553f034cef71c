package dev.maturity.cli.hostile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code maturity} in a child JVM with a small heap ({@code -Xmx256m}), the test class path,
 * a working directory and an environment of its own, and measures how long it took from here.
 */
public record ChildJvm(int exit, String out, String err, Duration elapsed) {

    public static final String HEAP = "-Xmx256m";

    public static ChildJvm run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(workDir, env, List.of(), args);
    }

    /** As above, with folders or jars put first on the class path (plugins). */
    public static ChildJvm run(Path workDir, Map<String, String> env, List<Path> extraClassPath, String... args)
            throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (Path p : extraClassPath) {
            classPath = p + File.pathSeparator + classPath;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-cp", classPath, "dev.maturity.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("maturity-child", ".out");
        Path err = Files.createTempFile("maturity-child", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().keySet().removeIf(k -> k.startsWith("MLFLOW") || k.equals("KUBECONFIG") || k.startsWith("MATURITY"));
        pb.environment().put("HOME", workDir.toString());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        try {
            return new ChildJvm(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), elapsed);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** True when stderr holds a Java stack trace. */
    public boolean printedStackTrace() {
        return err.contains("\tat ") || err.contains("Exception in thread");
    }
}
