package dev.maturity.probes.git.ownership;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import java.util.ArrayList;
import java.util.List;

/**
 * Tool catalogues (MCP configs, OpenAI-style function schemas) are kept in source and every one is
 * owned by a CODEOWNERS rule with an owner. Without any tool catalogue the question does not apply.
 */
public final class ToolCatalogueOwnedProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.tool-catalogue-owned",
            "Are the tool catalogues (MCP configs, function schemas) in source and owned in CODEOWNERS?",
            "Keep MCP server configs (.mcp.json, .cursor/mcp.json, .vscode/mcp.json) and tool/function schemas in the"
                    + " repository and add a CODEOWNERS rule naming the team that approves new tools.",
            "EU-AI-Act:Art.15", "NIST-AI-RMF:GOVERN-6.1", "ISO-42001:A.10.3");

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
        List<ToolCatalogue> catalogues = facts.of(ToolCatalogue.class);
        if (catalogues.isEmpty()) {
            return Finding.notApplicable(METADATA.id(), "no tool catalogue in the tree: no MCP config (.mcp.json,"
                    + " .cursor/mcp.json, .vscode/mcp.json) and no OpenAI-style function schema");
        }
        Coverage coverage = Coverage.of(facts, catalogues.stream().map(c -> new Coverage.RepoPath(c.repo(), c.path())).toList());
        List<Evidence> ev = new ArrayList<>(catalogues.stream().map(ToolCatalogue::evidence).toList());
        if (coverage.complete()) {
            ev.addAll(coverage.ruleEvidence());
            return Finding.met(METADATA.id(), catalogues.size() + " tool catalogue(s) owned in CODEOWNERS: "
                    + String.join(", ", catalogues.stream().map(ToolCatalogue::path).toList()), ev);
        }
        coverage.files().forEach(c -> ev.add(c.evidence()));
        String why = coverage.files().isEmpty() ? "no CODEOWNERS file" : "no CODEOWNERS rule with an owner";
        return GitProbes.notFound(facts, METADATA.id(), coverage.uncovered().size() + " of " + catalogues.size()
                + " tool catalogue(s) with " + why + ": " + coverage.uncoveredSample(5), ev);
    }
}
