package dev.maturity.probes.git.prompts;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.docs.FrontMatter;
import dev.maturity.probes.git.docs.TextLines;
import dev.maturity.probes.git.paths.NeverPrompt;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds prompts kept as files: Prompty and Dotprompt (front matter + template), Jinja templates that
 * read as prompts, prompt YAML, any text in a {@code prompts/} tree, and modules or TOML files that
 * exist to hold prompts ({@link PromptModules}). Records LangChain Hub pulls
 * in code as well. Evidence points at the template's lines; empty files are cited, never counted;
 * test code and test data, CI workflows, YAML dotfile tool configs and coding-assistant configs
 * ({@link NeverPrompt}) are left out.
 */
public final class PromptExtractor implements Extractor {

    private static final Pattern PROMPTS_DIR = Pattern.compile("(^|.*/)prompts?/.*");
    private static final Pattern PROMPT_LIKE = Pattern.compile("(?i)\\byou are (a|an|the)\\b|^\\s*(system|user|assistant)\\s*:"
            + "|<\\|im_start\\|>|\\{%-?\\s*for\\s+\\w+\\s+in\\s+messages|\\{%-?\\s*(if|elif)\\s+\\w+\\.role\\b|\\binstructions?\\s*:"
            + "|\\banswer the (user|question)\\b", Pattern.MULTILINE);
    private static final Pattern HTML = Pattern.compile("(?i)<!doctype|<html|<body|<div\\b");
    private static final Pattern HUB_PULL = Pattern.compile("\\b(?:hub\\.pull|\\.pull_prompt)\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern JS_HUB_PULL = Pattern.compile("\\bpull(?:<[^>]*>)?\\(\\s*[\"']([^\"']+)[\"']");
    private static final List<String> YAML_KEYS = List.of("prompt", "system", "template", "messages", "instructions");
    private static final List<String> TEXT_EXTS = List.of(".txt", ".md", ".mustache", ".hbs", ".handlebars", ".tmpl", ".tpl",
            ".xml", ".json", ".yaml", ".yml");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(g -> !TestFiles.isTest(g.path()) && !NeverPrompt.matches(g.path()))) {
            String lower = f.path().toLowerCase(Locale.ROOT);
            boolean inPrompts = PROMPTS_DIR.matcher(lower).matches();
            if (f.hasExtension(".prompty")) {
                text(repo, f).ifPresent(t -> templated(repo, f.path(), t, PromptFormat.PROMPTY, sink));
            } else if (f.hasExtension(".prompt")) {
                text(repo, f).ifPresent(t -> templated(repo, f.path(), t, PromptFormat.DOTPROMPT, sink));
            } else if (f.hasExtension(".prompt.md")) {
                text(repo, f).ifPresent(t -> templated(repo, f.path(), t, PromptFormat.PROMPT_MARKDOWN, sink));
            } else if (f.hasExtension(".j2", ".jinja", ".jinja2")) {
                text(repo, f).ifPresent(t -> jinja(repo, f, t, inPrompts || lower.contains("prompt"), sink));
            } else if (f.hasExtension(".yaml", ".yml") && !lower.startsWith(".github/") && !f.name().startsWith("promptfooconfig")) {
                text(repo, f).ifPresent(t -> yaml(repo, f.path(), t, inPrompts, sink));
            } else if (inPrompts && f.hasExtension(TEXT_EXTS.toArray(String[]::new)) && !f.name().toLowerCase(Locale.ROOT).startsWith("readme")) {
                text(repo, f).ifPresent(t -> plain(repo, f.path(), t, sink));
            } else if (PromptModules.candidate(lower, f.name().toLowerCase(Locale.ROOT), inPrompts)) {
                text(repo, f).ifPresent(t -> {
                    module(repo, f, t, sink);
                    if (!f.hasExtension(".toml")) {
                        hubPulls(repo, f, t, sink);
                    }
                });
            } else if (f.hasExtension(".py", ".ts", ".js", ".mjs")) {
                text(repo, f).ifPresent(t -> hubPulls(repo, f, t, sink));
            }
        }
    }

    private static Optional<String> text(RepoSnapshot repo, RepoFile f) {
        return repo.text(f.path());
    }

    private static void templated(RepoSnapshot repo, String path, String text, PromptFormat format, Sink sink) {
        FrontMatter fm;
        try {
            fm = FrontMatter.split(text);
        } catch (FrontMatter.Invalid e) {
            sink.unreadable(path, e.line(), format.name().toLowerCase(Locale.ROOT) + " " + e.getMessage());
            return;
        }
        Optional<int[]> body = fm.bodyRange();
        if (body.isEmpty()) {
            ignored(repo, path, text.isBlank() ? "empty file" : "front matter without a template", sink);
            return;
        }
        int[] r = body.get();
        sink.fact(new PromptFile(repo.name(), path, format, repo.evidence(path, r[0], r[1], Strength.DECLARED,
                format.name().toLowerCase(Locale.ROOT) + " template" + (fm.hasFrontMatter() ? " with front matter" : ""))));
    }

    private static void jinja(RepoSnapshot repo, RepoFile f, String text, boolean promptPath, Sink sink) {
        if (f.name().toLowerCase(Locale.ROOT).matches(".*\\.(html?|xml|conf|cfg|ini|service|sh|ya?ml|json)\\.(j2|jinja2?)")
                || HTML.matcher(text).find()) {
            return;
        }
        if (!promptPath && !PROMPT_LIKE.matcher(text).find()) {
            return;
        }
        if (text.isBlank()) {
            ignored(repo, f.path(), "empty file", sink);
            return;
        }
        int[] r = nonBlank(text);
        sink.fact(new PromptFile(repo.name(), f.path(), PromptFormat.JINJA, repo.evidence(f.path(), r[0], r[1],
                Strength.DECLARED, "jinja prompt template")));
    }

    private static void yaml(RepoSnapshot repo, String path, String text, boolean inPrompts, Sink sink) {
        if (!inPrompts && YAML_KEYS.stream().noneMatch(text::contains)) {
            return;
        }
        List<YamlNode> docs;
        try {
            docs = SafeYaml.parseAll(text, repo.yamlBudget());
        } catch (YamlParseException e) {
            if (inPrompts) {
                sink.unreadable(path, e.line(), "prompt YAML: " + e.getMessage());
            }
            return;
        }
        Optional<int[]> r = PromptYaml.find(docs);
        if (r.isPresent()) {
            int end = TextLines.lastContent(text, r.get()[0], r.get()[1]);
            sink.fact(new PromptFile(repo.name(), path, PromptFormat.PROMPT_YAML, repo.evidence(path, r.get()[0], end,
                    Strength.DECLARED, "prompt YAML")));
        } else if (inPrompts) {
            plain(repo, path, text, sink);
        }
    }

    private static void module(RepoSnapshot repo, RepoFile f, String text, Sink sink) {
        PromptModules.find(text, f.name().toLowerCase(Locale.ROOT)).ifPresent(r -> {
            boolean toml = f.hasExtension(".toml");
            sink.fact(new PromptFile(repo.name(), f.path(), toml ? PromptFormat.PROMPT_TOML : PromptFormat.PROMPT_MODULE,
                    repo.evidence(f.path(), r[0], r[1], Strength.DECLARED, toml ? "prompts in a TOML file"
                            : "prompts in a module of their own")));
        });
    }

    private static void plain(RepoSnapshot repo, String path, String text, Sink sink) {
        if (text.isBlank()) {
            ignored(repo, path, "empty file", sink);
            return;
        }
        int[] r = nonBlank(text);
        sink.fact(new PromptFile(repo.name(), path, PromptFormat.TEXT, repo.evidence(path, r[0], r[1], Strength.DECLARED,
                "prompt text in a prompts/ tree")));
    }

    private static void hubPulls(RepoSnapshot repo, RepoFile f, String text, Sink sink) {
        boolean python = f.hasExtension(".py");
        if (python ? !text.contains("pull") : !text.contains("langchain/hub")) {
            return;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = (python ? HUB_PULL : JS_HUB_PULL).matcher(lines[i]);
            if (m.find()) {
                sink.fact(new PromptHubPull(repo.name(), f.path(), i + 1, m.group(1), repo.evidence(f.path(), i + 1, i + 1,
                        Strength.DECLARED, "prompt pulled from LangChain Hub at run time: " + m.group(1))));
            }
        }
    }

    private static void ignored(RepoSnapshot repo, String path, String reason, Sink sink) {
        sink.fact(new IgnoredPromptFile(repo.name(), path, reason, repo.evidence(path, 0, 0, Strength.DECLARED,
                "not a prompt: " + reason)));
    }

    private static int[] nonBlank(String text) {
        String[] lines = text.split("\\R", -1);
        int first = 0;
        int last = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                first = first == 0 ? i + 1 : first;
                last = i + 1;
            }
        }
        return new int[] {first, last};
    }
}
