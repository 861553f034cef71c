package dev.maturity.probes.git.code;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.prompts.TestFiles;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training run from a build file: a Makefile recipe or a shell script line that calls a training
 * command-line tool ({@code revscoring cv_train}, {@code spacy train}, {@code yolo train},
 * {@code fairseq-train}, {@code allennlp train}, {@code ludwig train}). One {@link CodeSignal}
 * ({@link Signal#CLASSICAL_TRAINING}) per file and tool, on the first such line.
 */
public final class BuildFileTrainingExtractor implements Extractor {

    private static final Pattern TRAINING_CLI = Pattern.compile(
            "(?:^|[\\s;&|(])(revscoring)\\s+(?:cv_train|train_model|tune)\\b|(?:^|[\\s;&|(])(spacy)\\s+train\\b"
                    + "|(?:^|[\\s;&|(])(yolo)\\s+(?:\\w+\\s+)?train\\b|(?:^|[\\s;&|(])(fairseq-train)\\b"
                    + "|(?:^|[\\s;&|(])(allennlp|ludwig)\\s+train\\b");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(BuildFileTrainingExtractor::buildFile)) {
            repo.text(f.path()).ifPresent(text -> scan(repo, f, text, sink));
        }
    }

    static boolean buildFile(RepoFile f) {
        String name = f.name().toLowerCase(Locale.ROOT);
        return (name.equals("makefile") || name.equals("gnumakefile") || name.endsWith(".mk") || name.endsWith(".sh"))
                && !Sources.vendored(f.path()) && !TestFiles.isTest(f.path());
    }

    private static void scan(RepoSnapshot repo, RepoFile f, String text, Sink sink) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = TRAINING_CLI.matcher(line);
            if (m.find()) {
                String tool = tool(m);
                if (seen.add(tool)) {
                    String shown = line.length() > 160 ? line.substring(0, 160) + "…" : line;
                    sink.fact(new CodeSignal(repo.name(), f.path(), i + 1, Signal.CLASSICAL_TRAINING, tool,
                            repo.evidence(f.path(), i + 1, i + 1, Strength.DECLARED, "classical_training (" + tool + "): " + shown)));
                }
            }
        }
    }

    private static String tool(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "cli";
    }
}
