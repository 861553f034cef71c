package dev.maturity.probes.git.deps;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How much of a workload's declared dependencies is pinned: each manifest counts its requirements,
 * all pinned when a lock file covers it (a lock of its ecosystem in its directory, or at the root of
 * a workspace listing it as a member), else those pinned exactly; a lock that covers no manifest read
 * here counts its own entries (at least one).
 */
final class Pinning {

    /** One dependency declaration and what of it is pinned; {@code lock} is the lock file that pins it, if any. */
    record Unit(DependencyManifest manifest, DependencyManifest lock, int pinned, int total) {

        boolean loose() {
            return pinned < total;
        }
    }

    private final List<Unit> units;

    private Pinning(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    /** The units of the given declarations; {@code context} holds every declaration read (workspace roots may be left out of the share). */
    static Pinning of(List<DependencyManifest> own, List<DependencyManifest> context) {
        List<DependencyManifest> locks = own.stream().filter(DependencyManifest::lockFile).toList();
        List<Unit> units = new ArrayList<>();
        List<DependencyManifest> used = new ArrayList<>();
        for (DependencyManifest m : own) {
            if (m.lockFile() || m.total() == 0) {
                continue;
            }
            Optional<DependencyManifest> lock = locks.stream().filter(l -> covers(l, m, context)).findFirst();
            lock.ifPresent(used::add);
            units.add(new Unit(m, lock.orElse(null), lock.isPresent() ? m.total() : m.pinned(), m.total()));
        }
        for (DependencyManifest l : locks) {
            if (!used.contains(l)) {
                int n = Math.max(1, l.total());
                units.add(new Unit(l, l, n, n));
            }
        }
        return new Pinning(units);
    }

    List<Unit> units() {
        return units;
    }

    int pinned() {
        return units.stream().mapToInt(Unit::pinned).sum();
    }

    int total() {
        return units.stream().mapToInt(Unit::total).sum();
    }

    double share() {
        return total() == 0 ? 0 : (double) pinned() / total();
    }

    /** A lock covers a manifest of its ecosystem in its own directory, or one a workspace root beside it lists as a member. */
    static boolean covers(DependencyManifest lock, DependencyManifest m, List<DependencyManifest> context) {
        if (!lock.repo().equals(m.repo()) || !lock.family().equals(m.family())) {
            return false;
        }
        if (lock.dir().equals(m.dir())) {
            return true;
        }
        String prefix = lock.dir().isEmpty() ? "" : lock.dir() + "/";
        if (!m.dir().startsWith(prefix)) {
            return false;
        }
        String relative = m.dir().substring(prefix.length());
        return context.stream().filter(w -> w.repo().equals(lock.repo()) && w.dir().equals(lock.dir())
                        && w.family().equals(lock.family()))
                .flatMap(w -> w.members().stream())
                .anyMatch(g -> !g.startsWith("!") && member(g, relative));
    }

    private static boolean member(String glob, String relative) {
        String g = glob.strip().replaceFirst("^\\./", "").replaceFirst("/+$", "");
        if (g.equals(relative)) {
            return true;
        }
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + g).matches(Path.of(relative));
        } catch (IllegalArgumentException e) {
            return false; // a malformed glob names no member
        }
    }
}
