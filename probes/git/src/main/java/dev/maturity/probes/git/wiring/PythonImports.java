package dev.maturity.probes.git.wiring;

import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows Python imports from files that run to the repository modules they load, so that code a
 * training script imports counts as run. Resolution is static and bounded: repository root,
 * {@code src/} and the script's own directory are the search roots; relative imports are honoured.
 */
final class PythonImports {

    static final int MAX_FILES = 400;

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+(?:\\s+as\\s+\\w+)?(?:\\s*,\\s*[\\w.]+(?:\\s+as\\s+\\w+)?)*)");
    private static final Pattern FROM = Pattern.compile("^\\s*from\\s+(\\.*[\\w.]*)\\s+import\\s+\\(?\\s*([\\w\\s,]+)");

    private final RepoSnapshot repo;

    PythonImports(RepoSnapshot repo) {
        this.repo = repo;
    }

    /** The given paths plus every repository Python module they import, transitively. */
    Set<String> closure(Set<String> start) {
        Set<String> out = new LinkedHashSet<>(start);
        Deque<String> todo = new ArrayDeque<>(start.stream().filter(p -> p.endsWith(".py")).toList());
        while (!todo.isEmpty() && out.size() < MAX_FILES) {
            String file = todo.pop();
            for (String dep : imports(file)) {
                if (out.add(dep)) {
                    todo.push(dep);
                }
            }
        }
        return out;
    }

    /** Repository modules one file imports directly. */
    Set<String> imports(String file) {
        Set<String> out = new LinkedHashSet<>();
        String text = repo.text(file).orElse("");
        String dir = dir(file);
        for (String line : text.split("\\R")) {
            Matcher m = IMPORT.matcher(line);
            if (m.find()) {
                for (String part : m.group(1).split(",")) {
                    module(part.strip().split("\\s+")[0], dir).forEach(out::add);
                }
                continue;
            }
            m = FROM.matcher(line);
            if (m.find()) {
                String base = m.group(1);
                String pkgDir = relativeBase(base, dir);
                List<String> found = pkgDir == null ? module(base, dir) : fromDir(pkgDir, base.replaceFirst("^\\.+", ""));
                out.addAll(found);
                for (String name : m.group(2).split(",")) {
                    String n = name.strip().split("\\s+")[0];
                    if (!n.isEmpty()) {
                        String sub = base.endsWith(".") ? base + n : base + "." + n;
                        out.addAll(pkgDir == null ? module(sub, dir) : fromDir(pkgDir, sub.replaceFirst("^\\.+", "")));
                    }
                }
            }
        }
        out.remove(file);
        return out;
    }

    /** For {@code from ..pkg import x}: the directory the dots point to, or null for absolute imports. */
    private static String relativeBase(String base, String dir) {
        if (!base.startsWith(".")) {
            return null;
        }
        int dots = 0;
        while (dots < base.length() && base.charAt(dots) == '.') {
            dots++;
        }
        String d = dir;
        for (int i = 1; i < dots; i++) {
            d = dir(d);
        }
        return d;
    }

    private List<String> module(String dotted, String scriptDir) {
        for (String root : new String[] {"", "src", scriptDir}) {
            List<String> hit = fromDir(root, dotted);
            if (!hit.isEmpty()) {
                return hit;
            }
        }
        return List.of();
    }

    private List<String> fromDir(String root, String dotted) {
        if (dotted.isEmpty()) {
            return List.of();
        }
        String base = (root.isEmpty() ? "" : root + "/") + dotted.replace('.', '/');
        if (repo.exists(base + ".py")) {
            return List.of(base + ".py");
        }
        if (repo.exists(base + "/__init__.py")) {
            return List.of(base + "/__init__.py");
        }
        return List.of();
    }

    static String dir(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }
}
