package dev.maturity.probes.git.docs;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds runbooks, playbooks and policies (Markdown under docs/, runbooks/, playbooks/, policies/,
 * or named so) and records each topic they speak of, with the lines from the first section that
 * mentions it to the last step of the procedure.
 */
public final class RunbookExtractor implements Extractor {

    private static final Pattern DOC_DIR = Pattern.compile(
            "(^|.*/)(docs?|runbooks?|playbooks?|polic(y|ies)|governance|ops|operations|sops?)/.*");
    private static final Pattern DOC_NAME = Pattern.compile(".*(runbook|playbook|polic(y|ies)|procedure|override|sop|on-?call).*");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(RunbookExtractor::candidate)) {
            repo.text(f.path()).ifPresent(text -> read(repo, f, text, sink));
        }
    }

    static boolean candidate(RepoFile f) {
        String p = f.path().toLowerCase(Locale.ROOT);
        return f.hasExtension(".md", ".mdx", ".markdown")
                && (DOC_DIR.matcher(p).matches() || DOC_NAME.matcher(f.name().toLowerCase(Locale.ROOT)).matches());
    }

    private static void read(RepoSnapshot repo, RepoFile f, String text, Sink sink) {
        int first = 1;
        String body = text;
        try {
            FrontMatter fm = FrontMatter.split(text);
            first = fm.bodyLine();
            body = fm.body();
        } catch (FrontMatter.Invalid e) {
            // A document's front matter is decoration here; read the whole text as Markdown.
        }
        Markdown md = Markdown.parse(body, first);
        if (md.sections().isEmpty()) {
            return;
        }
        String title = md.sections().stream().filter(s -> s.level() > 0).map(Markdown.Section::heading).findFirst()
                .orElse(f.name());
        String whole = String.join("\n", md.sections().stream().map(Markdown.Section::text).toList());
        for (RunbookTopic topic : RunbookTopic.values()) {
            if (!topic.mentionedIn(whole)) {
                continue;
            }
            List<Markdown.Section> sections = md.sections();
            int from = sections.stream().filter(s -> topic.mentionedIn(s.text())).mapToInt(Markdown.Section::startLine)
                    .findFirst().orElse(sections.get(0).startLine());
            int steps = 0;
            int to = from;
            for (Markdown.Section s : sections) {
                if (s.endLine() >= from && s.steps() > 0) {
                    steps += s.steps();
                    to = Math.max(to, s.endLine());
                }
                if (s.startLine() == from) {
                    to = Math.max(to, s.endLine());
                }
            }
            String detail = (steps >= 2 ? "procedure of " + steps + " steps" : "mentions without a procedure")
                    + " on " + topic.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + title;
            sink.fact(new Runbook(repo.name(), f.path(), topic, title, steps,
                    repo.evidence(f.path(), from, to, Strength.DECLARED, detail)));
        }
    }
}
