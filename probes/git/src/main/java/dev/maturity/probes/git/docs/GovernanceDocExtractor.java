package dev.maturity.probes.git.docs;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the service's security and decision documents by their names: threat models
 * ({@code THREAT_MODEL.md}, {@code threat-model.md}), incident-response plans
 * ({@code INCIDENT_RESPONSE.md}, {@code incident-response-plan.md}), risk and impact assessments
 * (the rubric's {@code risk.paths}) and the security policy ({@code SECURITY.md} at the root,
 * {@code .github/} or {@code docs/}, where GitHub shows it). Each is recorded with its sections
 * and words of real content; templates and stubs hold too little to count.
 */
public final class GovernanceDocExtractor implements Extractor {

    private static final Pattern THREAT = Pattern.compile("threat[-_ ]?model[^/]*\\.mdx?");
    private static final Pattern INCIDENT = Pattern.compile("incident[-_ ]?(response|management|handling)[^/]*\\.mdx?");
    private static final Pattern RISK = Pattern.compile("[^/]*(risk|impact)[-_ ]?assessment[^/]*\\.mdx?|(dpia|aia)[-_.][^/]*mdx?");
    private static final List<String> SECURITY = List.of("SECURITY.md", ".github/SECURITY.md", "docs/SECURITY.md");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(f -> f.hasExtension(".md", ".mdx"))) {
            kind(f).ifPresent(kind -> repo.text(f.path()).ifPresent(text -> read(repo, f, kind, text, sink)));
        }
    }

    static Optional<GovernanceDoc.Kind> kind(RepoFile f) {
        String name = f.name().toLowerCase(Locale.ROOT);
        if (THREAT.matcher(name).matches()) {
            return Optional.of(GovernanceDoc.Kind.THREAT_MODEL);
        }
        if (INCIDENT.matcher(name).matches()) {
            return Optional.of(GovernanceDoc.Kind.INCIDENT_RESPONSE);
        }
        if (RISK.matcher(name).matches()) {
            return Optional.of(GovernanceDoc.Kind.RISK_ASSESSMENT);
        }
        if (SECURITY.stream().anyMatch(p -> p.equalsIgnoreCase(f.path()))) {
            return Optional.of(GovernanceDoc.Kind.SECURITY_POLICY);
        }
        return Optional.empty();
    }

    private static void read(RepoSnapshot repo, RepoFile f, GovernanceDoc.Kind kind, String text, Sink sink) {
        List<Markdown.Section> sections = Markdown.parseDocument(text, repo.yamlBudget()).sections();
        int written = (int) sections.stream().filter(s -> s.level() > 0 && s.words() > 0).count();
        int words = sections.stream().mapToInt(Markdown.Section::words).sum();
        int first = sections.stream().mapToInt(Markdown.Section::startLine).min().orElse(1);
        int end = sections.stream().mapToInt(Markdown.Section::endLine).max().orElse(first);
        String detail = kind.label() + " with " + written + " section(s) and " + words + " word(s) of content";
        sink.fact(new GovernanceDoc(repo.name(), f.path(), kind, written, words,
                repo.evidence(f.path(), first, end, Strength.DECLARED, detail)));
    }
}
