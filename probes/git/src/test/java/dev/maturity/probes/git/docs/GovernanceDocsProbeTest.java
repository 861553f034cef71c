package dev.maturity.probes.git.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security and decision documents with real content are governance evidence; stubs and templates are not. */
class GovernanceDocsProbeTest {

    private static final String THREAT_MODEL = """
            # Assistant threat model

            ## Scope

            The assistant ingests uploaded documents, indexes them in the vector store and answers
            questions through the LLM gateway. In scope are the public API, the ingestion workers and
            the admin console; the model vendors' own infrastructure is out of scope.

            ## Threats and mitigations

            - Prompt injection through uploaded documents: tool calls are limited to read-only tools and
              every tool result is quoted, never executed.
            - Data exfiltration through answers: retrieval is filtered by the caller's tenant before the
              prompt is built, and answers are logged for audit for thirty days.
            - Credential theft: provider keys live only in the secret store and are rotated every quarter.
            """;

    @TempDir
    Path dir;

    @Test
    void aThreatModelWithRealContentIsAGovernanceDocumentAndAStubSecurityPolicyIsNot() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file(".github/THREAT_MODEL.md", THREAT_MODEL)
                    .file("SECURITY.md", "# Security Policy\n\n## Reporting\n\nTODO\n")
                    .file("docs/threat-model-notes.txt", "threats: many\n")
                    .commit("docs");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new GovernanceDocsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("governance documents: threat model .github/THREAT_MODEL.md");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.at(".github/THREAT_MODEL.md", 1, 15));
    }

    @Test
    void anUnfilledTemplateProvesNothing() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("docs/incident-response-plan.md", "# Incident response plan\n\n## Contacts\n\n<add the on-call rota>\n\n## Steps\n\nTBD\n")
                    .commit("template");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new GovernanceDocsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("1 governance document(s) without real content (fewer than 2 sections or 80 words): "
                + "docs/incident-response-plan.md");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.tree(), s.at("docs/incident-response-plan.md", 1, 9));
    }

    @Test
    void aRepositoryWithoutSuchDocumentsHasNone() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("README.md", "# Service\n\nRuns the model.\n").commit("readme");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new GovernanceDocsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("no threat model, incident-response plan, risk assessment or security policy");
    }
}
