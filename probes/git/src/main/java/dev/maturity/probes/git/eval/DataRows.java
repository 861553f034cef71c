package dev.maturity.probes.git.eval;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.Locale;

/** Counts the records of an eval data file (CSV, JSONL, JSON array, YAML list) in the repository. */
final class DataRows {

    /** Rows of a data file ({@link EvalSuite#REMOTE_CASES} when it is stored in Git LFS), and whether its rows carry expectations (a CSV {@code __expected} column, an {@code assert} key). */
    record Rows(int count, boolean expectations) {
        static final Rows NONE = new Rows(0, false);
    }

    private DataRows() {
    }

    static Rows count(RepoSnapshot repo, String path) {
        String text = repo.text(path).orElse("");
        String name = path.toLowerCase(Locale.ROOT);
        if (text.isBlank()) {
            return Rows.NONE;
        }
        if (text.startsWith("version https://git-lfs.github.com/spec/")) {
            return new Rows(EvalSuite.REMOTE_CASES, false);
        }
        if (name.endsWith(".jsonl")) {
            int n = 0;
            boolean expects = false;
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    n++;
                    expects = expects || line.contains("\"assert\"") || line.contains("\"ideal\"") || line.contains("\"expected");
                }
            }
            return new Rows(n, expects);
        }
        if (name.endsWith(".csv")) {
            return csv(text);
        }
        try {
            YamlNode root = SafeYaml.parse(text, repo.yamlBudget());
            YamlNode list = root.isSequence() ? root : root.get("tests").isSequence() ? root.get("tests") : YamlNode.MISSING;
            boolean expects = list.items().stream().anyMatch(i -> i.has("assert") || i.has("expected_output") || i.has("target"));
            return new Rows(list.items().size(), expects);
        } catch (YamlParseException e) {
            return Rows.NONE;
        }
    }

    /** CSV records after the header; quoted fields may span lines. */
    private static Rows csv(String text) {
        int records = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == '\n') && !quoted) {
                records += content ? 1 : 0;
                content = false;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        records += content ? 1 : 0;
        String header = text.lines().findFirst().orElse("");
        return new Rows(Math.max(0, records - 1), header.contains("__expected"));
    }
}
