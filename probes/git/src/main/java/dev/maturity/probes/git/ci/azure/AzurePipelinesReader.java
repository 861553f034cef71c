package dev.maturity.probes.git.ci.azure;

import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads Azure Pipelines files: a file that no other file includes as a template, and that has a
 * pipeline's keys (triggers, pool, stages, jobs or steps), is a pipeline; the others are templates,
 * read where they are included.
 */
public final class AzurePipelinesReader implements CiReader {

    private static final List<String> PIPELINE_KEYS = List.of("trigger", "pr", "schedules", "pool", "resources", "extends", "name");

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        AzureTemplates templates = new AzureTemplates(ctx);
        Set<String> included = new HashSet<>();
        for (RepoFile f : files) {
            templates.load(f.path()).ifPresent(l -> l.root().walk(n -> n.get("template").text()
                    .flatMap(ref -> AzureTemplates.resolve(l.path(), ref)).ifPresent(included::add)));
        }
        for (RepoFile f : files) {
            if (included.contains(f.path())) {
                continue;
            }
            templates.load(f.path()).filter(l -> pipeline(l.root()))
                    .ifPresent(l -> new AzurePipeline(ctx, templates, l).read());
        }
    }

    /** A pipeline's keys; a file with {@code parameters} and none of them is an unused template. */
    private static boolean pipeline(YamlNode root) {
        boolean body = root.has("stages") || root.has("jobs") || root.has("steps") || root.has("extends");
        return body && (PIPELINE_KEYS.stream().anyMatch(root::has) || !root.has("parameters"));
    }
}
