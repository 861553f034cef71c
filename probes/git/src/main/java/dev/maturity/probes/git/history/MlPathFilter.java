package dev.maturity.probes.git.history;

import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Lets through the files of a tree walk that are ML paths of any kind (the union of every path set),
 * entering every subtree; each distinct path is classified once and remembered.
 */
final class MlPathFilter extends TreeFilter {

    private static final int MAX_REMEMBERED = 250_000;

    private final MlPaths paths;
    private final Map<String, Set<PathKind>> seen = new HashMap<>();

    MlPathFilter(MlPaths paths) {
        this.paths = paths;
    }

    /** The kinds of a path, classified at most once while the cache has room. */
    Set<PathKind> kinds(String path) {
        Set<PathKind> k = seen.get(path);
        if (k == null) {
            k = Set.copyOf(paths.classify(path));
            if (seen.size() >= MAX_REMEMBERED) {
                seen.clear();
            }
            seen.put(path, k);
        }
        return k;
    }

    @Override
    public boolean include(TreeWalk walker) {
        return walker.isSubtree() || !kinds(walker.getPathString()).isEmpty();
    }

    @Override
    public boolean shouldBeRecursive() {
        return true;
    }

    @Override
    public TreeFilter clone() {
        return this;
    }

    @Override
    public String toString() {
        return "ML_PATHS";
    }
}
