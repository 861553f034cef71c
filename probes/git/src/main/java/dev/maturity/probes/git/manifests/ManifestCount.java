package dev.maturity.probes.git.manifests;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * How many Kubernetes objects one repository's committed YAML holds, and how many Helm template
 * files were left unread because they need rendering.
 */
public record ManifestCount(String repo, int objects, int helmTemplates, Evidence evidence) implements Fact {
}
