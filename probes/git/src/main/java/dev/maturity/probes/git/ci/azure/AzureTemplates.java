package dev.maturity.probes.git.ci.azure;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.YamlSpan;
import dev.maturity.probes.git.wiring.PipelineFiles;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Azure Pipelines files of the repository, parsed once each: pipelines and the templates they
 * include ({@code template: path}, relative to the including file, or to the root with a leading
 * {@code /}). Templates from other repositories ({@code path@repo}) are not in the tree.
 */
final class AzureTemplates {

    /** A parsed file and its line spans. */
    record Loaded(String path, YamlNode root, YamlSpan span) {
    }

    static final int MAX_DEPTH = 5;

    private final CiContext ctx;
    private final Map<String, Optional<Loaded>> files = new HashMap<>();

    AzureTemplates(CiContext ctx) {
        this.ctx = ctx;
    }

    /** The file, parsed; empty when missing or unreadable (reported once). */
    Optional<Loaded> load(String path) {
        return files.computeIfAbsent(path, p -> {
            Optional<String> text = ctx.repo().text(p);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Loaded(p, SafeYaml.parse(text.get(), ctx.repo().yamlBudget()), new YamlSpan(text.get())));
            } catch (YamlParseException e) {
                ctx.unreadable(CiSystem.AZURE, p, e.line(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The repository path a {@code template:} reference in {@code from} names, or empty for another repository's. */
    static Optional<String> resolve(String from, String ref) {
        if (ref == null || ref.contains("@") || ref.contains("${{") || ref.contains("$(")) {
            return Optional.empty();
        }
        int slash = from.lastIndexOf('/');
        String dir = ref.startsWith("/") || slash < 0 ? "" : from.substring(0, slash);
        return Optional.ofNullable(PipelineFiles.join(dir, ref));
    }
}
