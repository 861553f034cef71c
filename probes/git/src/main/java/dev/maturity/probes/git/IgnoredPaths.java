package dev.maturity.probes.git;

import dev.maturity.core.facts.IgnoredFiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The paths of a tree left out as ignored, by the rule that ignored each: all counted, the first of each rule kept. */
public final class IgnoredPaths {

    private final Map<String, List<String>> named = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int total;

    void add(String rule, String path) {
        total++;
        counts.merge(rule, 1, Integer::sum);
        List<String> paths = named.computeIfAbsent(rule, r -> new ArrayList<>());
        if (paths.size() < IgnoredFiles.MAX_NAMED) {
            paths.add(path);
        }
    }

    public int total() {
        return total;
    }

    public int count(String rule) {
        return counts.getOrDefault(rule, 0);
    }

    /** The named paths of each rule, in the order the rules first matched. */
    public Map<String, List<String>> byRule() {
        return Collections.unmodifiableMap(named);
    }
}
