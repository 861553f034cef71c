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
 * or named so) and records each topic they speak of: the section that names the topic, with its
 * subsections, and the steps (numbered or checklist items) written there. The first such section
 * holding a procedure is cited, else the first that mentions the topic.
 */
public final class RunbookExtractor implements Extractor {

    private static final Pattern DOC_DIR = Pattern.compile(
            "(^|.*/)(docs?|runbooks?|playbooks?|polic(y|ies)|governance|ops|operations|sops?)/.*");
    private static final Pattern DOC_NAME = Pattern.compile(
            ".*(runbook|playbook|polic(y|ies)|procedure|override|on-?call|(^|[^a-z])sops?([^a-z]|$)).*");

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

    /** A section with its subsections: first line, last line with content, and the steps in it. */
    private static int[] group(List<Markdown.Section> sections, int i) {
        Markdown.Section head = sections.get(i);
        int end = head.endLine();
        int steps = head.steps();
        for (int j = i + 1; j < sections.size() && sections.get(j).level() > head.level(); j++) {
            end = Math.max(end, sections.get(j).endLine());
            steps += sections.get(j).steps();
        }
        return new int[] {head.startLine(), end, steps};
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
        List<Markdown.Section> sections = md.sections();
        String title = sections.stream().filter(s -> s.level() > 0).map(Markdown.Section::heading).findFirst().orElse(f.name());
        for (RunbookTopic topic : RunbookTopic.values()) {
            int[] best = null;
            for (int i = 0; i < sections.size(); i++) {
                if (!topic.mentionedIn(sections.get(i).text())) {
                    continue;
                }
                int[] group = group(sections, i);
                if (best == null || best[2] < 2 && group[2] > best[2]) {
                    best = group;
                }
            }
            if (best != null) {
                String detail = (best[2] >= 2 ? "procedure of " + best[2] + " steps" : "mentions without a procedure")
                        + " on " + topic.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + title;
                sink.fact(new Runbook(repo.name(), f.path(), topic, title, best[2],
                        repo.evidence(f.path(), best[0], best[1], Strength.DECLARED, detail)));
            }
        }
    }
}
