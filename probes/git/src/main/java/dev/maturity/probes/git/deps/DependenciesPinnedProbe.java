package dev.maturity.probes.git.deps;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import java.util.List;

/** Dependencies are pinned: a lock file, or requirements pinned exactly, and no manifest left loose. */
public final class DependenciesPinnedProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.dependencies-pinned",
            "Are dependencies pinned by a lock file or exact '==' versions?",
            "Commit a lock file (poetry.lock, uv.lock, Pipfile.lock, conda-lock) or pin every requirement with '=='.",
            "ISO-42001:A.6.2.7");

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
        List<DependencyManifest> manifests = facts.of(DependencyManifest.class);
        List<DependencyManifest> loose = manifests.stream().filter(m -> !m.fullyPinned()).toList();
        List<DependencyManifest> pinned = manifests.stream().filter(DependencyManifest::fullyPinned).toList();
        if (!pinned.isEmpty() && loose.stream().noneMatch(m -> m.lockFile() || sameDirHasNoLock(m, pinned))) {
            return Finding.met(METADATA.id(), pinned.size() + " lock file(s) or fully pinned manifest(s)",
                    pinned.stream().map(DependencyManifest::evidence).toList());
        }
        if (manifests.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(), "no lock file or requirements file found", List.of());
        }
        List<Evidence> ev = loose.stream().map(DependencyManifest::evidence).toList();
        return GitProbes.notFound(facts, METADATA.id(), loose.size() + " manifest(s) with unpinned requirements and no lock file beside them", ev);
    }

    /** A loose requirements file counts against pinning unless a lock file sits in the same directory. */
    private static boolean sameDirHasNoLock(DependencyManifest loose, List<DependencyManifest> pinned) {
        String dir = loose.path().contains("/") ? loose.path().substring(0, loose.path().lastIndexOf('/')) : "";
        return pinned.stream().noneMatch(p -> p.lockFile() && p.repo().equals(loose.repo())
                && (p.path().contains("/") ? p.path().substring(0, p.path().lastIndexOf('/')) : "").equals(dir));
    }
}
