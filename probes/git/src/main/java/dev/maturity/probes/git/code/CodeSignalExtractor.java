package dev.maturity.probes.git.code;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads source files (Python, notebook code cells, TypeScript/JavaScript, Java/Scala/Kotlin, Go;
 * vendored directories skipped) and emits one {@link CodeSignal} per file, signal and tool, citing
 * the first line that matches. A rule is tried only when its literal hint occurs in the file.
 */
public final class CodeSignalExtractor implements Extractor {

    private final List<Rule> rules;

    public CodeSignalExtractor() {
        this(SignalRules.ALL);
    }

    CodeSignalExtractor(List<Rule> rules) {
        this.rules = rules;
    }

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(Sources::isSource)) {
            Optional<String> text = repo.text(f.path());
            if (text.isEmpty()) {
                continue;
            }
            List<SourceLine> lines = null;
            if (f.hasExtension(".ipynb")) {
                try {
                    lines = Sources.notebookCode(text.get(), repo.yamlBudget());
                } catch (YamlParseException e) {
                    sink.unreadable(f.path(), e.line(), "notebook is not valid JSON: " + e.getMessage());
                    continue;
                }
            }
            scan(repo, f.path(), text.get(), lines, sink);
        }
    }

    private void scan(RepoSnapshot repo, String path, String text, List<SourceLine> lines, Sink sink) {
        Code code = null;
        Set<String> seen = new HashSet<>();
        for (Rule rule : rules) {
            if (!text.contains(rule.hint())) {
                continue; // most rules, most files: nothing built for them
            }
            String key = rule.signal() + "/" + rule.tool();
            if (seen.contains(key)) {
                continue;
            }
            code = code != null ? code : lines == null ? new Code(text) : new Code(lines);
            if (rule.gate() != null && !rule.gate().matcher(code.text).find()) {
                continue;
            }
            SourceLine hit = code.first(rule.line());
            if (hit != null) {
                seen.add(key);
                String shown = hit.text().strip();
                shown = shown.length() > 160 ? shown.substring(0, 160) + "…" : shown;
                sink.fact(new CodeSignal(repo.name(), path, hit.number(), rule.signal(), rule.tool(),
                        repo.evidence(path, hit.number(), hit.number(), Strength.DECLARED,
                                rule.signal().name().toLowerCase(Locale.ROOT) + " (" + rule.tool() + "): " + shown)));
            }
        }
    }

    /** The code of one file as one string, with where each line starts, so a pattern runs once over the whole text. */
    private static final class Code {
        final String text;
        final int[] starts;
        final int[] numbers;

        /** A plain source file: its text as it is. */
        Code(String text) {
            this.text = text;
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                n += text.charAt(i) == '\n' ? 1 : 0;
            }
            starts = new int[n];
            numbers = new int[n];
            int line = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[++line] = i + 1;
                }
            }
            for (int i = 0; i < n; i++) {
                numbers[i] = i + 1;
            }
        }

        /** Notebook code cells: lines joined, each keeping its line number in the JSON file. */
        Code(List<SourceLine> lines) {
            starts = new int[lines.size()];
            numbers = new int[lines.size()];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                starts[i] = sb.length();
                numbers[i] = lines.get(i).number();
                sb.append(lines.get(i).text()).append('\n');
            }
            text = sb.toString();
        }

        String line(int i) {
            int end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
            String l = text.substring(starts[i], Math.max(starts[i], end));
            return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
        }

        /** The first non-comment line where the pattern matches, or null. */
        SourceLine first(Pattern p) {
            Matcher m = p.matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                int r = Arrays.binarySearch(starts, m.start());
                int i = r >= 0 ? r : -r - 2;
                String line = line(i);
                if (!isComment(line)) {
                    return new SourceLine(numbers[i], line);
                }
                from = i + 1 < starts.length ? starts[i + 1] : text.length();
            }
            return null;
        }
    }

    private static boolean isComment(String line) {
        String s = line.stripLeading();
        return s.startsWith("#") || s.startsWith("//") || s.startsWith("*");
    }
}
