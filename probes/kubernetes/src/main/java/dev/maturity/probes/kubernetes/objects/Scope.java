package dev.maturity.probes.kubernetes.objects;

import dev.maturity.core.facts.ResourceObject;
import dev.maturity.probes.kubernetes.api.ApiKind;
import java.util.List;

/**
 * Which objects a probe judges: those read live from a cluster, or manifests committed to git.
 * The judgement is the same; what must have been read, and what a NOT_MET cites, differ.
 */
public enum Scope {
    /** Objects on an API server: each kind read is a domain; NOT_MET cites the cluster read. */
    LIVE("kubernetes"),
    /** Manifests in repositories: the domain is the git tree; NOT_MET cites the trees searched. */
    GIT("git");

    /** The domain every git-manifest probe needs. */
    public static final String GIT_TREE = "git.tree";

    private final String source;

    Scope(String source) {
        this.source = source;
    }

    /** The evidence source and SourceRead kind: {@code kubernetes} or {@code git}. */
    public String source() {
        return source;
    }

    public boolean holds(ResourceObject o) {
        return o.evidence().location().source().equals(source);
    }

    /** The domains that must have been read for a NOT_MET over these kinds. */
    public String[] domains(List<ApiKind> kinds) {
        return this == GIT ? new String[] {GIT_TREE} : kinds.stream().map(ApiKind::domain).toArray(String[]::new);
    }
}
