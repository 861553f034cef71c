package dev.maturity.cli.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maturity.cli.accuracy.AccuracyTable.RepoOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The accuracy bench (a command, not a test): for every judged repository of the corpus, clone
 * it from a folder of mirrors, scan the pinned commit with the packaged jar as a user would
 * ({@code --ref SHA --as-of DATE --format json}, a clean environment), and compare each cell with
 * the reviewer's range. Prints the Markdown table that {@code docs/accuracy.md} records.
 *
 * <p>Usage: {@code AccuracyBench CORPUS_DIR MIRRORS_DIR JAR WORK_DIR [REPO...]}; a mirror of
 * {@code owner/name} is {@code MIRRORS_DIR/owner+name/repo} (bare, as the fetch tool writes them).
 */
public final class AccuracyBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AccuracyBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: AccuracyBench CORPUS_DIR MIRRORS_DIR JAR WORK_DIR [owner/name...]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path mirrors = Path.of(args[1]);
        Path jar = Path.of(args[2]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[3]).toAbsolutePath());
        List<String> only = List.of(args).subList(4, args.length);
        List<RepoOutcome> outcomes = new ArrayList<>();
        for (Judgement judgement : CorpusLoader.load(corpus)) {
            if (!only.isEmpty() && !only.contains(judgement.repo())) {
                continue;
            }
            outcomes.add(run(judgement, mirrors, jar, work));
            RepoOutcome last = outcomes.get(outcomes.size() - 1);
            System.err.printf("%-50s %6.1f s  %s%n", judgement.repo(), last.seconds(),
                    last.failure() != null ? "FAILED: " + last.failure()
                            : last.results().stream().filter(r -> !r.agrees()).count() + " disagreement(s)");
        }
        String table = AccuracyTable.render(outcomes);
        Files.writeString(work.resolve("accuracy.md"), table, StandardCharsets.UTF_8);
        System.out.print(table);
    }

    private static RepoOutcome run(Judgement judgement, Path mirrors, Path jar, Path work) throws Exception {
        String slug = judgement.repo().replace('/', '+');
        Path mirror = mirrors.resolve(slug).resolve("repo");
        if (!Files.isDirectory(mirror)) {
            return new RepoOutcome(judgement, List.of(), "no mirror at " + mirror, 0);
        }
        Path clone = work.resolve(judgement.repo().substring(judgement.repo().indexOf('/') + 1) + "-" + judgement.sha().substring(0, 8));
        if (!Files.isDirectory(clone)) {
            Path log = work.resolve(slug + ".clone.log");
            Process p = exec(List.of("git", "clone", "--bare", "--quiet", mirror.toString(), clone.toString()), work, log);
            if (p.waitFor() != 0) {
                return new RepoOutcome(judgement, List.of(), "git clone failed: " + firstLine(log), 0);
            }
        }
        Path report = work.resolve(slug + ".json");
        Path log = work.resolve(slug + ".scan.log");
        long start = System.nanoTime();
        Process scan = exec(List.of("java", "-jar", jar.toString(), "scan", clone.toString(), "--ref", judgement.sha(),
                "--as-of", judgement.asOf(), "--format", "json", "-o", report.toString()), work, log);
        boolean done = scan.waitFor(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!done) {
            scan.destroyForcibly();
            return new RepoOutcome(judgement, List.of(), "scan took over 10 minutes", seconds);
        }
        if (scan.exitValue() != 0) {
            return new RepoOutcome(judgement, List.of(), "exit " + scan.exitValue() + ": " + firstLine(log), seconds);
        }
        JsonNode json = JSON.readTree(report.toFile());
        return new RepoOutcome(judgement, Comparison.compare(judgement, json), null, seconds);
    }

    /** A child process with a clean environment: no ambient cluster, tracking server or token. */
    private static Process exec(List<String> command, Path dir, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("MLFLOW_") || k.startsWith("KUBE") || k.equals("GIT_TOKEN"));
        env.put("HOME", dir.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile());
        return pb.start();
    }

    private static String firstLine(Path log) throws IOException {
        String err = Files.readString(log, StandardCharsets.UTF_8).strip();
        int nl = err.indexOf('\n');
        return nl < 0 ? err : err.substring(0, nl);
    }
}
