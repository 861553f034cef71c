package dev.maturity.probes.git.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a large repository with {@code git fast-import}: one commit adding every file, then
 * commits changing one to three files each (about a third of them ML paths), with a pull-request
 * style merge of a two-commit branch every 20 commits. Deterministic for a given size.
 */
public final class BenchRepository {

    private static final String[] ML_DIRS = {"prompts/", "training/", "evals/data/", "deploy/", "docs/models/", "data/",
            "governance/risk/"};
    private static final String[] ML_EXT = {".txt", ".py", ".jsonl", ".yaml", ".md", ".dvc", "-assessment.md"};

    private final List<String> files = new ArrayList<>();
    private final Random random = new Random(42);
    private long time = 1_700_000_000L;
    private int change;

    private BenchRepository(int codeFiles, int mlFiles) {
        for (int i = 0; i < codeFiles; i++) {
            files.add("src/pkg" + (i % 200) + "/sub" + (i / 200 % 10) + "/module" + i + ".java");
        }
        for (int i = 0; i < mlFiles; i++) {
            int k = i % ML_DIRS.length;
            files.add("services/svc" + (i % 20) + "/" + ML_DIRS[k] + "item" + i + ML_EXT[k]);
        }
    }

    /** Writes the repository into {@code dir} (which must not exist) and repacks it as a server would. */
    public static void generate(Path dir, int commits, int codeFiles, int mlFiles) throws IOException, InterruptedException {
        run(dir.getParent(), "git", "init", "--quiet", "--bare", "--initial-branch=main", dir.toString());
        BenchRepository gen = new BenchRepository(codeFiles, mlFiles);
        Process p = new ProcessBuilder("git", "fast-import", "--quiet").directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream out = new BufferedOutputStream(p.getOutputStream(), 1 << 20)) {
            gen.write(out, commits);
        }
        if (p.waitFor() != 0) {
            throw new IOException("git fast-import failed");
        }
        run(dir, "git", "repack", "-a", "-d", "-q");
    }

    private void write(OutputStream out, int commits) throws IOException {
        int mark = 1;
        StringBuilder first = new StringBuilder();
        for (String f : files) {
            first.append(modify(f));
        }
        commit(out, "refs/heads/main", mark, 0, 0, "Initial import", "Alice Example <alice@example.com>", first.toString());
        int main = mark;
        int made = 1;
        int pr = 1;
        while (made < commits) {
            if (made % 20 == 0 && made + 3 <= commits) {
                StringBuilder merged = new StringBuilder();
                String c1 = changes(2);
                commit(out, "refs/heads/feature", ++mark, main, 0, "Feature work", "Bob Example <bob@example.com>", c1);
                String c2 = changes(1);
                commit(out, "refs/heads/feature", ++mark, mark - 1, 0, "More feature work", "Bob Example <bob@example.com>", c2);
                merged.append(c1).append(c2);
                commit(out, "refs/heads/main", ++mark, main, mark - 1, "Merge pull request #" + pr++ + " from acme/feature",
                        "GitHub <noreply@github.com>", merged.toString());
                main = mark;
                made += 3;
            } else {
                commit(out, "refs/heads/main", ++mark, main, 0, "Change " + made, made % 7 == 0
                        ? "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>"
                        : "Alice Example <alice@example.com>", changes(1 + random.nextInt(3)));
                main = mark;
                made++;
            }
        }
    }

    private String changes(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            boolean ml = random.nextInt(3) == 0;
            int codeFiles = files.size() - countMl();
            String f = ml ? files.get(codeFiles + random.nextInt(files.size() - codeFiles)) : files.get(random.nextInt(codeFiles));
            sb.append(modify(f));
        }
        return sb.toString();
    }

    private int mlCount = -1;

    private int countMl() {
        if (mlCount < 0) {
            mlCount = (int) files.stream().filter(f -> f.startsWith("services/")).count();
        }
        return mlCount;
    }

    private String modify(String path) {
        String content = "// " + path + "\nversion " + (change++) + "\n" + "line of content that does not change\n".repeat(8);
        return "M 100644 inline " + path + "\ndata " + content.getBytes(StandardCharsets.UTF_8).length + "\n" + content + "\n";
    }

    private void commit(OutputStream out, String ref, int mark, int from, int merge, String message, String who,
                        String changes) throws IOException {
        time += 600;
        StringBuilder sb = new StringBuilder();
        sb.append("commit ").append(ref).append('\n').append("mark :").append(mark).append('\n')
                .append("author ").append(who).append(' ').append(time).append(" +0000\n")
                .append("committer ").append(who).append(' ').append(time).append(" +0000\n")
                .append("data ").append(message.getBytes(StandardCharsets.UTF_8).length).append('\n').append(message).append('\n');
        if (from > 0) {
            sb.append("from :").append(from).append('\n');
        }
        if (merge > 0) {
            sb.append("merge :").append(merge).append('\n');
        }
        sb.append(changes).append('\n');
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }

    /** Seconds of the last commit, for choosing the scan time. */
    public static long lastCommitTime(int commits) {
        return 1_700_000_000L + 600L * (commits + commits / 20 + 1);
    }

    static boolean exists(Path dir) {
        return Files.isDirectory(dir.resolve("objects"));
    }
}
