package dev.maturity.probes.git.notebooks;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.code.Sources;
import dev.maturity.probes.git.deploy.DockerInstruction;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Dockerfiles (and Containerfiles) instruction by instruction, joining continuation lines,
 * and records each instruction that copies, names or executes a notebook. A {@code COPY . .} that
 * happens to bring notebooks along is not a reference: only instructions that name one count.
 */
public final class DockerfileNotebookExtractor implements Extractor {

    static final Pattern NOTEBOOK = Pattern.compile("[\\w./*${}-]*\\.ipynb\\b");
    /** Commands that execute a notebook. */
    public static final Pattern EXECUTES = Pattern.compile(
            "(?i)\\bpapermill\\b|nbconvert\\b.*--execute|jupyter\\s+execute\\b|\\brunipy\\b|\\bipython\\b|\\bnbclient\\b");
    private static final Set<String> SHIPS = Set.of("COPY", "ADD", "CMD", "ENTRYPOINT");

    /** True for Dockerfile, *.dockerfile, Dockerfile.*, Containerfile. */
    public static boolean isDockerfile(RepoFile f) {
        String n = f.name().toLowerCase(Locale.ROOT);
        return n.equals("dockerfile") || n.equals("containerfile") || n.endsWith(".dockerfile") || n.startsWith("dockerfile.");
    }

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(f -> isDockerfile(f) && !Sources.vendored(f.path()))) {
            Optional<String> text = repo.text(f.path());
            text.ifPresent(t -> read(repo, f.path(), t, sink));
        }
    }

    private static void read(RepoSnapshot repo, String path, String text, Sink sink) {
        for (DockerInstruction d : DockerInstruction.read(text)) {
            instruction(repo, path, d.line(), d.endLine(), d.text(), sink);
        }
    }

    private static void instruction(RepoSnapshot repo, String path, int first, int last, String line, Sink sink) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        String[] parts = line.split("\\s+", 2);
        String op = parts[0].toUpperCase(Locale.ROOT);
        String args = parts.length > 1 ? parts[1] : "";
        Matcher nb = NOTEBOOK.matcher(args);
        if (!nb.find()) {
            return;
        }
        boolean counts = SHIPS.contains(op) || op.equals("RUN") && EXECUTES.matcher(args).find();
        if (counts) {
            String shown = line.length() > 160 ? line.substring(0, 160) + "…" : line;
            sink.fact(new NotebookReference(repo.name(), path, first, op, nb.group(),
                    repo.evidence(path, first, last, Strength.DECLARED, "Dockerfile " + op + " takes notebook " + nb.group()
                            + ": " + shown)));
        }
    }
}
