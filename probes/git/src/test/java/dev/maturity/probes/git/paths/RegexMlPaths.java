package dev.maturity.probes.git.paths;

import dev.maturity.core.glob.Glob;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The classifier MlPaths used before its globs were compiled into one set: one RE2 expression per kind
 * ({@link Glob#anyPath}), each tried on every path; the oracle.
 */
final class RegexMlPaths {

    private final Map<PathKind, Glob> matchers = new EnumMap<>(PathKind.class);

    RegexMlPaths(Map<PathKind, List<String>> globs) {
        globs.forEach((kind, patterns) -> matchers.put(kind,
                Glob.anyPath(patterns.stream().map(g -> g.toLowerCase(Locale.ROOT)).toList())));
    }

    Set<PathKind> classify(String repoPath) {
        String p = repoPath.toLowerCase(Locale.ROOT);
        if (p.contains("//") || p.endsWith("/")) {
            p = p.replaceAll("/{2,}", "/");
            p = p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        }
        String path = p;
        Set<PathKind> out = EnumSet.noneOf(PathKind.class);
        matchers.forEach((kind, glob) -> {
            if (glob.matches(path)) {
                out.add(kind);
            }
        });
        if (out.contains(PathKind.PROMPT) && p.substring(p.lastIndexOf('/') + 1).startsWith("promptfooconfig")) {
            out.remove(PathKind.PROMPT);
        }
        if (out.contains(PathKind.PROMPT) && NeverPrompt.matches(repoPath)) {
            out.remove(PathKind.PROMPT);
        }
        return out;
    }
}
