package dev.maturity.probes.git;

import dev.maturity.core.glob.GitignorePattern;
import dev.maturity.core.glob.IgnoreRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    private final IgnoreRules rules;
    private final List<String> globs;

    RepoIgnore(List<String> globs) {
        this.globs = List.copyOf(globs);
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

    /** The defaults plus the commit's {@code .maturityignore}, if it has one. */
    static RepoIgnore read(Repository repo, RevCommit commit) throws IOException {
        List<String> globs = new ArrayList<>(DEFAULTS);
        globs.addAll(EVAL_CASES);
        try (TreeWalk walk = TreeWalk.forPath(repo, FILE, commit.getTree())) {
            if (walk != null) {
                byte[] bytes = repo.open(walk.getObjectId(0)).getCachedBytes(64 * 1024);
                new String(bytes, StandardCharsets.UTF_8).lines().limit(MAX_LINES).forEach(line -> {
                    String g = line.strip();
                    if (!g.isEmpty() && !g.startsWith("#") && g.length() <= MAX_PATTERN_CHARS) {
                        globs.add(g);
                    }
                });
            }
        }
        return new RepoIgnore(globs);
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
