package dev.maturity.probes.git.deps;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Track;
import dev.maturity.probes.git.code.CodeSignal;
import dev.maturity.probes.git.code.Signal;
import dev.maturity.probes.git.prompts.TestFiles;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dependency ecosystem the track's workload is mainly written in: the one (or those tied) holding
 * the most files with the track's code signals (training and tracking code for the classical track,
 * LLM and retrieval code for the LLM track; tests left out). A locked web frontend that talks to the
 * agent does not pin an unpinned Python agent.
 */
final class WorkloadEcosystems {

    private WorkloadEcosystems() {
    }

    static Set<String> of(Facts facts, Track track) {
        Set<Signal> signals = track == Track.LLM ? EnumSet.of(Signal.LLM_SDK, Signal.RETRIEVAL)
                : EnumSet.of(Signal.CLASSICAL_TRAINING, Signal.TRACKER);
        Map<String, Set<String>> files = new TreeMap<>();
        for (CodeSignal s : facts.of(CodeSignal.class)) {
            if (signals.contains(s.signal()) && !TestFiles.isTest(s.path())) {
                families(s.path()).forEach(f -> files.computeIfAbsent(f, k -> new HashSet<>()).add(s.path()));
            }
        }
        int most = files.values().stream().mapToInt(Set::size).max().orElse(0);
        Set<String> out = new TreeSet<>();
        files.forEach((family, paths) -> {
            if (paths.size() == most) {
                out.add(family);
            }
        });
        return out;
    }

    private static Set<String> families(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".py") || p.endsWith(".ipynb")) {
            return Set.of("python");
        } else if (p.matches(".*\\.(ts|tsx|js|mjs|cjs)")) {
            return Set.of("npm");
        } else if (p.endsWith(".go")) {
            return Set.of("go");
        } else if (p.matches(".*\\.(java|scala|kt)")) {
            return Set.of("maven", "gradle");
        }
        return Set.of();
    }
}
