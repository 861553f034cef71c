package dev.maturity.probes.git.eval;

import dev.maturity.core.glob.Glob;
import dev.maturity.core.glob.GlobSyntaxException;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor.Sink;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads promptfoo configs: {@code tests[]} inline or from {@code file://} CSV/JSONL/YAML files
 * (globs allowed, also as a single {@code tests: file://cases/*.yaml}), {@code scenarios[].tests},
 * {@code assert} per test and in {@code defaultTest}, and the {@code redteam} block. A test whose
 * variables are all bare {@code {{placeholders}}} is a template, not a case; configs under a project
 * template ({@code templates/}, cookiecutter, a templated path) are not the repository's own suites.
 */
final class PromptfooSuites {

    private static final Pattern NAME = Pattern.compile("(^|.*/)promptfooconfig[^/]*\\.(ya?ml|json)$");
    private static final Pattern TOP_PROMPTS = Pattern.compile("(?m)^(prompts|targets):");
    private static final Pattern TOP_PROVIDERS = Pattern.compile("(?m)^(providers|targets|redteam):");
    private static final Pattern TEMPLATE_PATH = Pattern.compile(".*(\\{\\{|\\{%|cookiecutter|(^|/)templates?/).*");
    private static final Pattern PLACEHOLDER_ONLY = Pattern.compile("^\\s*\\{\\{\\s*[\\w.\\[\\]'\"-]+\\s*}}\\s*$");

    private PromptfooSuites() {
    }

    static boolean candidate(RepoSnapshot repo, RepoFile f) {
        if (TEMPLATE_PATH.matcher(f.path().toLowerCase(java.util.Locale.ROOT)).matches()) {
            return false; // a project template's config: its cases are {{placeholders}} a user fills in
        }
        if (NAME.matcher(f.path()).matches()) {
            return true;
        }
        if (!f.hasExtension(".yaml", ".yml")) {
            return false;
        }
        String t = repo.text(f.path()).orElse("");
        return TOP_PROMPTS.matcher(t).find() && TOP_PROVIDERS.matcher(t).find() && t.contains("tests:") || t.contains("\nredteam:");
    }

    static void read(RepoSnapshot repo, RepoFile f, Sink sink) {
        YamlNode root;
        String text = repo.text(f.path()).orElse("");
        YamlSpan span = new YamlSpan(text);
        try {
            root = SafeYaml.parse(text, repo.yamlBudget());
        } catch (YamlParseException e) {
            sink.unreadable(f.path(), e.line(), e.getMessage());
            return;
        }
        if (!root.isMapping()) {
            return;
        }
        String dir = f.dir();
        List<String> dataFiles = new ArrayList<>();
        boolean[] asserts = {root.at("defaultTest", "assert").hasContent()};
        int cases = tests(repo, dir, root.get("tests"), dataFiles, asserts);
        boolean remote = cases == EvalSuite.REMOTE_CASES;
        cases = Math.max(0, cases);
        int first = root.has("tests") ? span.start(root.get("tests")) : 0;
        int last = root.has("tests") ? span.end(root.get("tests")) : 0;
        for (YamlNode scenario : root.get("scenarios").items()) {
            int configs = Math.max(1, scenario.get("config").items().size());
            int n = tests(repo, dir, scenario.get("tests"), dataFiles, asserts);
            remote |= n == EvalSuite.REMOTE_CASES;
            cases += configs * Math.max(0, n);
            first = first == 0 ? span.start(root.get("scenarios")) : first;
            last = Math.max(last, span.end(scenario));
        }
        boolean redteam = root.get("redteam").hasContent();
        if (cases == 0 && !redteam && !root.has("tests") && !root.has("prompts")) {
            return;
        }
        if (first == 0 && redteam) {
            first = span.start(root.get("redteam"));
            last = span.end(root.get("redteam"));
        }
        if (remote && cases == 0) {
            cases = EvalSuite.REMOTE_CASES;
        }
        String detail = "promptfoo config with " + (cases == EvalSuite.REMOTE_CASES ? "generated or remote tests" : cases + (cases == 1 ? " test" : " tests"))
                + (asserts[0] ? " and assertions" : " and no assertions") + (redteam ? ", redteam block" : "")
                + (dataFiles.isEmpty() ? "" : " (from " + String.join(", ", dataFiles) + ")");
        sink.fact(new EvalSuite(repo.name(), "promptfoo", f.path(), Track.LLM, cases, asserts[0], redteam, dataFiles,
                repo.evidence(f.path(), first, last, Strength.DECLARED, detail)));
    }

    private static int tests(RepoSnapshot repo, String dir, YamlNode tests, List<String> dataFiles, boolean[] asserts) {
        int n = 0;
        List<YamlNode> items = tests.isScalar() ? List.of(tests) : tests.items();
        for (YamlNode t : items) {
            String ref = t.isMapping() ? t.get("path").text().orElse(null) : t.text().orElse(null);
            if (ref != null && generated(repo, dir, ref)) {
                return EvalSuite.REMOTE_CASES;
            } else if (ref != null) {
                for (String file : referenced(repo, dir, ref)) {
                    DataRows.Rows rows = DataRows.count(repo, file);
                    n = EvalSuite.plus(n, rows.count());
                    asserts[0] |= rows.expectations();
                    dataFiles.add(file);
                }
            } else if (t.isMapping() && t.hasContent() && !placeholdersOnly(t)) {
                n = EvalSuite.plus(n, 1);
                asserts[0] |= t.get("assert").hasContent();
            }
        }
        return n;
    }

    /** A test whose every variable is a bare {@code {{placeholder}}}: a template for cases, not a case. */
    private static boolean placeholdersOnly(YamlNode test) {
        var vars = test.get("vars").entries().values();
        return !vars.isEmpty() && vars.stream().allMatch(v -> v.isScalar() && PLACEHOLDER_ONLY.matcher(v.textOr("")).matches());
    }

    /**
     * Tests that come from elsewhere or are generated when the suite runs: a Hugging Face dataset,
     * a Google Sheet, or a test generator script in the repository.
     */
    private static boolean generated(RepoSnapshot repo, String dir, String ref) {
        String r = ref.strip();
        if (r.startsWith("huggingface://") || r.startsWith("https://docs.google.com/spreadsheets/")) {
            return true;
        }
        String path = r.replaceFirst("^file://", "").replaceFirst(":[A-Za-z_]\\w*$", "");
        return path.matches(".*\\.(py|js|ts|mjs|cjs)$") && !referenced(repo, dir, path).isEmpty();
    }

    /** Repo files a {@code file://} reference (relative to the config, globs allowed) names. */
    private static List<String> referenced(RepoSnapshot repo, String dir, String ref) {
        String rel = ref.strip().replaceFirst("^file://", "");
        String joined = dev.maturity.probes.git.wiring.PipelineFiles.join(dir, rel);
        if (joined == null) {
            return List.of();
        }
        if (!rel.contains("*")) {
            return repo.exists(joined) ? List.of(joined) : List.of();
        }
        Glob m;
        try {
            m = Glob.path(joined);
        } catch (GlobSyntaxException e) {
            return List.of(); // a malformed glob names no file
        }
        return repo.files(f -> m.matches(f.path())).stream().map(RepoFile::path).toList();
    }
}
