package dev.maturity.probes.git.ci;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Kubernetes resources of CI systems that live in the cluster (Tekton, Argo Workflows), read from the
 * repository's YAML: every document of the given files with its kind, name, file and line spans.
 */
public final class Resources {

    /** One resource document. */
    public record Resource(String kind, String name, YamlNode doc, String file, YamlSpan span) {
    }

    private Resources() {
    }

    /** Every document whose {@code apiVersion} contains the group ({@code tekton.dev/} takes {@code triggers.tekton.dev/} too); unparseable files are reported. */
    public static List<Resource> read(CiContext ctx, CiSystem system, List<RepoFile> files, String group) {
        List<Resource> out = new ArrayList<>();
        for (RepoFile f : files) {
            String text = ctx.repo().text(f.path()).orElse("");
            List<YamlNode> docs;
            try {
                docs = SafeYaml.parseAll(text, ctx.repo().yamlBudget());
            } catch (YamlParseException e) {
                ctx.unreadable(system, f.path(), e.line(), e.getMessage());
                continue;
            }
            YamlSpan span = new YamlSpan(text);
            boolean any = false;
            for (YamlNode doc : docs) {
                if (doc.get("apiVersion").textOr("").contains(group)) {
                    String name = doc.at("metadata", "name").textOr(doc.at("metadata", "generateName").textOr(""));
                    out.add(new Resource(doc.get("kind").textOr(""), name, doc, f.path(), span));
                    any = true;
                }
            }
            if (any) {
                ctx.read(system, f.path());
            }
        }
        return out;
    }
}
