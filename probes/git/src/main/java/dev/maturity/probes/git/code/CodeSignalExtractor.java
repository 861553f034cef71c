package dev.maturity.probes.git.code;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.List;
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
            List<SourceLine> lines;
            try {
                lines = f.hasExtension(".ipynb") ? Sources.notebookCode(text.get()) : Sources.lines(text.get());
            } catch (YamlParseException e) {
                sink.unreadable(f.path(), e.line(), "notebook is not valid JSON: " + e.getMessage());
                continue;
            }
            scan(repo, f.path(), text.get(), lines, sink);
        }
    }

    private void scan(RepoSnapshot repo, String path, String text, List<SourceLine> lines, Sink sink) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        String code = null;
        for (Rule rule : rules) {
            if (!text.contains(rule.hint()) || seen.contains(rule.signal() + "/" + rule.tool())) {
                continue;
            }
            if (rule.gate() != null) {
                code = code != null ? code : String.join("\n", lines.stream().map(SourceLine::text).toList());
                if (!rule.gate().matcher(code).find()) {
                    continue;
                }
            }
            SourceLine hit = first(rule.line(), lines);
            if (hit != null) {
                seen.add(rule.signal() + "/" + rule.tool());
                String shown = hit.text().strip();
                shown = shown.length() > 160 ? shown.substring(0, 160) + "…" : shown;
                sink.fact(new CodeSignal(repo.name(), path, hit.number(), rule.signal(), rule.tool(),
                        repo.evidence(path, hit.number(), hit.number(), Strength.DECLARED,
                                rule.signal().name().toLowerCase(java.util.Locale.ROOT) + " (" + rule.tool() + "): " + shown)));
            }
        }
    }

    private static SourceLine first(Pattern p, List<SourceLine> lines) {
        for (SourceLine l : lines) {
            String t = l.text();
            if (isComment(t)) {
                continue;
            }
            if (p.matcher(t).find()) {
                return l;
            }
        }
        return null;
    }

    private static boolean isComment(String line) {
        String s = line.stripLeading();
        return s.startsWith("#") || s.startsWith("//") || s.startsWith("*");
    }
}
