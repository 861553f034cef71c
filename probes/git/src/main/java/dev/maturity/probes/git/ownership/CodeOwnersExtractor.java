package dev.maturity.probes.git.ownership;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.List;

/**
 * Reads the CODEOWNERS file in force: the first of {@code .github/CODEOWNERS}, {@code CODEOWNERS},
 * {@code docs/CODEOWNERS}, {@code .gitlab/CODEOWNERS}. GitLab semantics (sections, section default
 * owners, exclusions) apply to {@code .gitlab/CODEOWNERS}, and to the others when they carry
 * {@code [Section]} headers. Without a CODEOWNERS file, Prow-style {@code OWNERS} files stand in
 * ({@link ProwOwners}). Also lists the tree's paths for the coverage probes.
 */
public final class CodeOwnersExtractor implements Extractor {

    static final List<String> LOCATIONS = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        sink.fact(new TreeListing(repo.name(), repo.commitId(), repo.files().stream().map(RepoFile::path).toList(),
                repo.treeEvidence("tree of " + repo.files().size() + " files at " + repo.commitId())));
        List<String> present = LOCATIONS.stream().filter(repo::exists).toList();
        if (present.isEmpty()) {
            ProwOwners.read(repo, sink);
            return;
        }
        String path = present.get(0);
        String text = repo.text(path).orElse(null);
        if (text == null) {
            sink.unreadable(path, 0, "CODEOWNERS is binary or larger than " + RepoSnapshot.MAX_FILE_BYTES + " bytes");
            return;
        }
        CodeOwners.Flavor flavor = path.startsWith(".gitlab/") || (!path.startsWith(".github/")
                && CodeOwnersParser.looksLikeGitLab(text)) ? CodeOwners.Flavor.GITLAB : CodeOwners.Flavor.GITHUB;
        CodeOwnersParser.Parsed parsed = CodeOwnersParser.parse(repo, path, text, flavor);
        parsed.problems().forEach(p -> sink.unreadable(path, p.line(), p.message()));
        int lines = (int) text.lines().count();
        sink.fact(new CodeOwners(repo.name(), path, flavor, parsed.rules(), present.subList(1, present.size()),
                repo.evidence(path, 1, Math.max(1, lines), Strength.DECLARED,
                        flavor.name().toLowerCase(java.util.Locale.ROOT) + " CODEOWNERS with " + parsed.rules().size() + " rule(s)")));
    }
}
