package dev.maturity.probes.git.prompts;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prompts are versioned artefacts: at least one non-empty prompt file (Prompty, Dotprompt, Jinja,
 * prompt YAML, a prompts/ tree) is committed. Prompts pulled from a hub at run time are cited but do
 * not count: their versions live outside the repository.
 */
public final class PromptFilesProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.prompt-files",
            "Are prompts kept as versioned files (.prompty, .prompt, Jinja templates, prompt YAML, prompts/)?",
            "Move prompts out of string literals into files (.prompty, .prompt, Jinja templates under prompts/) so every"
                    + " change is a reviewed commit.",
            "EU-AI-Act:Art.11", "ISO-42001:A.6.2.7");

    private static final int MAX_EVIDENCE = 20;

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
        List<PromptFile> files = facts.of(PromptFile.class);
        if (!files.isEmpty()) {
            Map<PromptFormat, Integer> byFormat = new TreeMap<>();
            files.forEach(f -> byFormat.merge(f.format(), 1, Integer::sum));
            List<Evidence> ev = files.stream().limit(MAX_EVIDENCE).map(PromptFile::evidence).toList();
            return Finding.met(METADATA.id(), files.size() + " prompt file(s): " + String.join(", ", byFormat.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList()), ev);
        }
        List<Evidence> partial = new ArrayList<>();
        facts.of(IgnoredPromptFile.class).forEach(i -> partial.add(i.evidence()));
        facts.of(PromptHubPull.class).forEach(p -> partial.add(p.evidence()));
        String why = partial.isEmpty() ? "no prompt file (.prompty, .prompt, Jinja template, prompt YAML, prompts/)"
                : "no non-empty prompt file; " + facts.of(IgnoredPromptFile.class).size() + " empty prompt file(s), "
                        + facts.of(PromptHubPull.class).size() + " prompt(s) pulled from a hub at run time";
        return GitProbes.notFound(facts, METADATA.id(), why, partial.stream().limit(MAX_EVIDENCE).toList());
    }
}
