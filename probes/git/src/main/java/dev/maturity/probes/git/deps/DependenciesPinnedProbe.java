package dev.maturity.probes.git.deps;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.RepoIgnore;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dependencies are pinned: of the requirements the workload's own manifests declare, at least the
 * rubric's {@code deps.pinned-share} are pinned by a lock file or an exact version. Manifests of
 * development, tests, docs and examples ({@code deps.auxiliary-manifests}) are left out and named.
 */
public final class DependenciesPinnedProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.dependencies-pinned",
            "Are dependencies pinned by a lock file or exact '==' versions?",
            "Commit a lock file (poetry.lock, uv.lock, Pipfile.lock, conda-lock, package-lock.json) or pin the"
                    + " workload's requirements with '=='.",
            "ISO-42001:A.6.2.7");

    /** Default share of requirements that must be pinned (rubric parameter {@code deps.pinned-share}). */
    static final double SHARE = 0.7;

    /** Default globs of manifests that are not the workload's environment (rubric parameter {@code deps.auxiliary-manifests}). */
    static final List<String> AUXILIARY = List.of(
            "requirements[-_.]{dev,develop,test,tests,testing,docs,doc,lint,linting,precommit,pre-commit,style,typing}*.txt",
            "{dev,develop,test,tests,testing,docs,doc,lint}[-_]requirements*.txt", "docs/", "doc/", "documentation/",
            "tests/", "test/", "examples/", "example/", ".devcontainer/", ".github/");

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
        List<DependencyManifest> all = facts.of(DependencyManifest.class);
        RepoIgnore auxiliary = RepoIgnore.of(context.list("deps.auxiliary-manifests", AUXILIARY));
        List<DependencyManifest> own = all.stream().filter(m -> !auxiliary.ignored(m.path().toLowerCase(Locale.ROOT))).toList();
        List<DependencyManifest> left = all.stream().filter(m -> !own.contains(m)).toList();
        String leftOut = left.isEmpty() ? "" : "; left out " + left.size() + " development, test, docs or example"
                + " manifest(s): " + names(left.stream().map(m -> m.path() + " (" + auxiliary.rule(m.path().toLowerCase(Locale.ROOT))
                .orElse("?") + ")").toList());
        Set<String> ecosystems = WorkloadEcosystems.of(facts, context.track());
        List<DependencyManifest> scoped = own.stream().filter(m -> ecosystems.contains(m.family())).toList();
        Pinning pinning = Pinning.of(scoped, all);
        if (pinning.total() == 0) {
            pinning = Pinning.of(own, all); // no manifest of the workload's own languages: judge every one
        } else if (scoped.size() < own.size()) {
            leftOut += "; only " + String.join(", ", ecosystems) + " manifests counted, the languages of the "
                    + context.track().id() + " workload's code (" + (own.size() - scoped.size()) + " other(s) not counted)";
        }
        if (pinning.total() == 0) {
            String what = all.isEmpty() ? "no lock file or dependency manifest found"
                    : "no lock file or dependency manifest of the workload's own" + leftOut;
            return GitProbes.notFound(facts, METADATA.id(), what, left.stream().map(DependencyManifest::evidence).toList());
        }
        double needed = context.number("deps.pinned-share", SHARE);
        List<Pinning.Unit> loose = pinning.units().stream().filter(Pinning.Unit::loose)
                .sorted(Comparator.comparingInt((Pinning.Unit u) -> u.pinned() - u.total())).toList();
        String summary = percent(pinning.share()) + " of " + pinning.total() + " requirements pinned (at least "
                + percent(needed) + " needed): " + locked(pinning) + (loose.isEmpty() ? "" : "; loose: "
                + names(loose.stream().map(u -> u.manifest().path() + " (" + u.pinned() + " of " + u.total() + ")").toList()))
                + leftOut;
        if (pinning.share() >= needed) {
            Set<Evidence> ev = new LinkedHashSet<>();
            pinning.units().stream().filter(u -> !u.loose())
                    .forEach(u -> ev.add(u.lock() != null ? u.lock().evidence() : u.manifest().evidence()));
            loose.forEach(u -> ev.add(u.manifest().evidence()));
            return Finding.met(METADATA.id(), summary, List.copyOf(ev));
        }
        return GitProbes.notFound(facts, METADATA.id(), summary, loose.stream().map(u -> u.manifest().evidence()).toList());
    }

    private static String locked(Pinning pinning) {
        long byLock = pinning.units().stream().filter(u -> u.lock() != null).count();
        long exact = pinning.units().stream().filter(u -> u.lock() == null && !u.loose()).count();
        return byLock + " declaration(s) pinned by a lock file, " + exact + " by exact versions";
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String names(List<String> items) {
        return items.size() <= 5 ? String.join(", ", items)
                : String.join(", ", items.subList(0, 5)) + " and " + (items.size() - 5) + " more";
    }
}
