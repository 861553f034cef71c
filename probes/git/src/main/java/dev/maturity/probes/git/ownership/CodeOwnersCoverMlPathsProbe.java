package dev.maturity.probes.git.ownership;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.gateway.GatewayConfig;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import dev.maturity.probes.git.prompts.PromptFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every ML path in the tree (prompts, training, eval, deploy by the globs of {@link MlPaths}, which the
 * rubric's {@code paths.<kind>} parameters override; plus detected prompt files, tool catalogues and
 * LLM gateway configs) is owned by a CODEOWNERS rule with at least one owner.
 */
public final class CodeOwnersCoverMlPathsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.codeowners-cover-ml-paths",
            "Does a CODEOWNERS rule with a named owner cover every prompt, training, eval, deploy, tool-catalogue and gateway path?",
            "Add CODEOWNERS rules (.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS or .gitlab/CODEOWNERS) naming an owning"
                    + " team for prompts/, training and pipeline code, evals/, deploy manifests, tool catalogues and gateway configs.",
            "EU-AI-Act:Art.17", "NIST-AI-RMF:GOVERN-2.1", "ISO-42001:A.3.2");

    static final List<PathKind> KINDS = List.of(PathKind.PROMPT, PathKind.TRAINING, PathKind.EVAL, PathKind.DEPLOY);
    private static final int SAMPLE = 5;

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        List<Coverage.RepoPath> paths = mlPaths(facts, MlPaths.from(context.parameters()));
        if (paths.isEmpty()) {
            return Finding.notApplicable(METADATA.id(), "no prompt, training, eval, deploy, tool-catalogue or gateway path in the tree");
        }
        Coverage coverage = Coverage.of(facts, paths);
        if (coverage.files().isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(), "no CODEOWNERS in .github/, root, docs/ or .gitlab/; "
                    + paths.size() + " ML path(s) have no owner", List.of());
        }
        if (coverage.complete()) {
            return Finding.met(METADATA.id(), "all " + paths.size() + " ML path(s) owned through " + coverage.covering().size()
                    + " CODEOWNERS rule(s)", coverage.ruleEvidence());
        }
        List<Evidence> ev = new ArrayList<>();
        coverage.files().forEach(c -> ev.add(c.evidence()));
        coverage.uncovered().stream().limit(SAMPLE).forEach(p -> ev.add(new Evidence(uncoveredLocation(facts, p),
                Strength.DECLARED, null, "no CODEOWNERS rule with an owner matches " + p.path())));
        return GitProbes.notFound(facts, METADATA.id(), coverage.uncovered().size() + " of " + paths.size()
                + " ML path(s) without an owner: " + coverage.uncoveredSample(SAMPLE), ev);
    }

    /** The ML paths of every scanned tree: classified by the globs, plus detected prompt files and tool catalogues. */
    static List<Coverage.RepoPath> mlPaths(Facts facts, MlPaths ml) {
        Set<Coverage.RepoPath> out = new LinkedHashSet<>();
        for (TreeListing tree : facts.of(TreeListing.class)) {
            for (String p : tree.paths()) {
                Set<PathKind> kinds = ml.classify(p);
                if (KINDS.stream().anyMatch(kinds::contains)) {
                    out.add(new Coverage.RepoPath(tree.repo(), p));
                }
            }
        }
        facts.of(PromptFile.class).forEach(p -> out.add(new Coverage.RepoPath(p.repo(), p.path())));
        facts.of(ToolCatalogue.class).forEach(t -> out.add(new Coverage.RepoPath(t.repo(), t.path())));
        facts.of(GatewayConfig.class).forEach(g -> out.add(new Coverage.RepoPath(g.repo(), g.path())));
        return List.copyOf(out);
    }

    private static GitLocation uncoveredLocation(Facts facts, Coverage.RepoPath p) {
        String commit = facts.of(TreeListing.class).stream().filter(t -> t.repo().equals(p.repo())).map(TreeListing::commit)
                .findFirst().orElse("");
        return GitLocation.file(p.repo(), commit, p.path());
    }
}
