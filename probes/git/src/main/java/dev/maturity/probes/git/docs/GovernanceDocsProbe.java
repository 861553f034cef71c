package dev.maturity.probes.git.docs;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.wiring.Citations;
import java.util.List;

/**
 * The service has security or decision documents with real content: a threat model, an
 * incident-response plan, a risk or impact assessment, or a security policy. A stub or an
 * unfilled template (fewer than {@link GovernanceDoc#MIN_SECTIONS} sections with content or
 * {@link GovernanceDoc#MIN_WORDS} words) proves nothing.
 */
public final class GovernanceDocsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.governance-docs",
            "Does the service have security or decision documents with real content (threat model, incident-response plan, risk assessment, security policy)?",
            "Write the service's threat model and incident-response plan (or a risk/impact assessment) in the repository, and keep them current.",
            "EU-AI-Act:Art.9", "NIST-AI-RMF:GOVERN-1.4", "ISO-42001:A.5.2");

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
        List<GovernanceDoc> docs = facts.of(GovernanceDoc.class);
        List<GovernanceDoc> written = docs.stream().filter(GovernanceDoc::substantive).toList();
        if (!written.isEmpty()) {
            return Finding.met(METADATA.id(), "governance documents: " + Citations.join(written.stream()
                    .map(d -> d.kind().label() + " " + d.path()).toList()), Citations.first(written.stream().map(GovernanceDoc::evidence).toList()));
        }
        if (docs.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(),
                    "no threat model, incident-response plan, risk assessment or security policy", List.of());
        }
        return GitProbes.notFound(facts, METADATA.id(), docs.size() + " governance document(s) without real content (fewer than "
                + GovernanceDoc.MIN_SECTIONS + " sections or " + GovernanceDoc.MIN_WORDS + " words): "
                + Citations.join(docs.stream().map(GovernanceDoc::path).toList()), Citations.first(docs.stream().map(GovernanceDoc::evidence).toList()));
    }
}
