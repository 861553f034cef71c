package dev.maturity.probes.git.docs;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds operational documents — runbooks, playbooks, policies, on-call and incident procedures —
 * (Markdown under runbooks/, playbooks/, policies/, governance/, ops/, or named so; under docs/ only
 * when the file or its title names such a document, so blog posts, FAQs, tutorials and eval write-ups
 * never count) and records each topic they speak of: the section that names the topic, with its
 * subsections, and the steps (numbered or checklist items) written there. The first such section
 * holding a procedure is cited, else the first that mentions the topic.
 */
public final class RunbookExtractor implements Extractor {

    private static final Pattern OPS_DIR = Pattern.compile(
            "(^|.*/)(runbooks?|playbooks?|polic(y|ies)|governance|ops|operations|sops?|on-?call|incidents?)/.*");
    private static final Pattern DOCS_DIR = Pattern.compile("(^|.*/)docs?/.*");
    private static final Pattern OPS_NAME = Pattern.compile(".*(runbook|playbook|polic(y|ies)|procedure|override|on-?call"
            + "|incident|escalation|oversight|operations|(^|[^a-z])sops?([^a-z]|$)).*");
    private static final Pattern OPS_TITLE = Pattern.compile("(?i).*\\b(runbooks?|playbooks?|polic(y|ies)|procedures?"
            + "|on-?call|incidents?|escalations?|oversight|operations|operating|override|kill[- ]?switch|human review).*");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(RunbookExtractor::candidate)) {
            repo.text(f.path()).ifPresent(text -> read(repo, f, text, sink));
        }
    }

    static boolean candidate(RepoFile f) {
        return f.hasExtension(".md", ".mdx", ".markdown")
                && (operational(f) || DOCS_DIR.matcher(f.path().toLowerCase(Locale.ROOT)).matches());
    }

    /** Where or how it is named makes a document operational; any other doc under docs/ must say so in its title. */
    private static boolean operational(RepoFile f) {
        return OPS_DIR.matcher(f.path().toLowerCase(Locale.ROOT)).matches() || OPS_NAME.matcher(f.name().toLowerCase(Locale.ROOT)).matches();
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
        Markdown md = Markdown.parseDocument(text, repo.yamlBudget());
        if (md.sections().isEmpty()) {
            return;
        }
        List<Markdown.Section> sections = md.sections();
        String title = sections.stream().filter(s -> s.level() > 0).map(Markdown.Section::heading).findFirst().orElse(f.name());
        if (!operational(f) && !OPS_TITLE.matcher(title).matches()) {
            return; // a blog post, FAQ, tutorial or eval write-up: words there describe no operation of the service
        }
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
