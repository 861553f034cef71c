package dev.maturity.probes.git;

import dev.maturity.core.glob.GitignorePattern;
import dev.maturity.core.glob.GlobSyntaxException;
import dev.maturity.core.glob.IgnoreRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Paths that are not the project's own ML artefacts: test fixtures (but not an eval suite's case
 * files in a {@code fixtures/} folder under {@code evals/}), vendored and installed packages by default, plus the patterns of a {@code .maturityignore} file at the repository root,
 * with gitignore's syntax: one pattern per line, {@code #} comments; a pattern without a slash
 * matches that name anywhere, a leading or inner slash anchors it at the root, a trailing slash
 * means the whole directory, a pattern naming a directory covers everything under it, {@code **}
 * crosses directories, {@code [a-z]} classes and {@code {a,b}} groups, and {@code !pattern}
 * re-includes (the last matching line decides). Matched by RE2 in time linear in the path, so no
 * pattern can stall a scan. Read from the scanned commit, like everything else.
 */
public final class RepoIgnore {

    public static final String FILE = ".maturityignore";

    /** Test fixtures and vendored code show tools without using them; Python {@code tests/} stay in (model tests live there). */
    public static final List<String> DEFAULTS = List.of("src/test/", "test/resources/", "fixtures/", "testdata/",
            "__fixtures__/", "node_modules/", "vendor/", "third_party/", ".venv/", "venv/", "site-packages/", ".git/");

    /**
     * Case files an eval suite keeps in a fixtures folder under {@code evals/} are its cases, not test
     * fixtures: re-included after the defaults, unless vendored or under a Java test tree.
     */
    static final List<String> EVAL_CASES = List.of("!evals/**/fixtures/", "!eval/**/fixtures/", "!evaluations/**/fixtures/",
            "!evals/**/__fixtures__/", "src/test/", "test/resources/", "node_modules/", "vendor/", "third_party/");

    /** Lines of a {@code .maturityignore} read at most: a longer file is cut there. */
    static final int MAX_LINES = 10_000;
    /** Characters of one pattern at most: a longer line is skipped. */
    static final int MAX_PATTERN_CHARS = 4_096;

    /** Bytes of a {@code .maturityignore} read at most: {@link #MAX_LINES} lines of patterns fit with room to spare. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    /** A line of the {@code .maturityignore} that was not applied, and why; the other lines apply. */
    public record Problem(int line, String pattern, String reason) {
        /** As the report lists it: the pattern (shortened when long), then why it was skipped. */
        public String describe() {
            if (line == 0) {
                return FILE + ": " + reason;
            }
            String shown = pattern.length() > 80 ? pattern.substring(0, 80) + "…" : pattern;
            return FILE + " line " + line + ": pattern '" + shown + "' skipped: " + reason;
        }
    }

    private final IgnoreRules rules;
    private final List<String> globs;
    private final List<Problem> problems;

    RepoIgnore(List<String> globs) {
        this(globs, List.of());
    }

    private RepoIgnore(List<String> globs, List<Problem> problems) {
        this.globs = List.copyOf(globs);
        this.problems = List.copyOf(problems);
        List<IgnoreRules.Rule> rules = new ArrayList<>();
        for (String g : globs) {
            boolean negated = g.startsWith("!");
            String pattern = negated ? g.substring(1) : g;
            if (!pattern.isEmpty()) {
                rules.add(new IgnoreRules.Rule(pattern, DEFAULTS.contains(g) || EVAL_CASES.contains(g), negated));
            }
        }
        this.rules = new IgnoreRules(rules, GitignorePattern.Dialect.IGNORE);
    }

    /**
     * The defaults plus the commit's {@code .maturityignore}, if it has one. A line that cannot be
     * applied (longer than {@link #MAX_PATTERN_CHARS}, or not compiling) is skipped
     * and kept as a {@link Problem}; so is a file that cannot be read at all (binary, corrupt,
     * too large), whose patterns are then not applied. The rest applies.
     */
    static RepoIgnore read(Repository repo, RevCommit commit) throws IOException {
        List<String> globs = new ArrayList<>(DEFAULTS);
        globs.addAll(EVAL_CASES);
        List<Problem> problems = new ArrayList<>();
        try (TreeWalk walk = TreeWalk.forPath(repo, FILE, commit.getTree())) {
            if (walk != null) {
                BlobText text;
                try (ObjectReader reader = repo.newObjectReader()) {
                    text = BlobText.read(reader, walk.getObjectId(0), MAX_FILE_BYTES);
                }
                if (text.problem() != null) {
                    problems.add(new Problem(0, "", "file not read (" + text.problem() + "); only the default exclusions apply"));
                } else {
                    patterns(text.text(), globs, problems);
                }
            }
        }
        return new RepoIgnore(globs, problems);
    }

    private static void patterns(String text, List<String> globs, List<Problem> problems) {
        int number = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            number++;
            if (number > MAX_LINES) {
                problems.add(new Problem(number, line.strip(), "lines after " + MAX_LINES + " are not read"));
                return;
            }
            String g = line.strip();
            if (g.isEmpty() || g.startsWith("#")) {
                continue;
            }
            String why = g.length() > MAX_PATTERN_CHARS ? "longer than " + MAX_PATTERN_CHARS + " characters" : compileProblem(g);
            if (why == null) {
                globs.add(g);
            } else {
                problems.add(new Problem(number, g, why));
            }
        }
    }

    /** Why the pattern does not compile, or null when it does. */
    private static String compileProblem(String glob) {
        String pattern = glob.startsWith("!") ? glob.substring(1) : glob;
        try {
            GitignorePattern.compile(pattern, GitignorePattern.Dialect.IGNORE, false);
            return null;
        } catch (GlobSyntaxException e) {
            return e.getMessage();
        }
    }

    /** The lines of the commit's {@code .maturityignore} that were skipped, with why. */
    public List<Problem> problems() {
        return problems;
    }

    /** Globs read as a .maturityignore reads them (gitignore-like), without the defaults: for rule data such as rubric parameters. */
    public static RepoIgnore of(List<String> globs) {
        return new RepoIgnore(globs);
    }

    public boolean ignored(String path) {
        return rules.excluded(path);
    }

    /** The rule that ignores the path, as it was written. */
    public java.util.Optional<String> rule(String path) {
        return rules.rule(path);
    }

    public List<String> globs() {
        return globs;
    }
}
