package dev.maturity.probes.git.deps;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of requirements and of those pinned exactly, with the line range they span, and the
 * workspace members a manifest declares (globs relative to its directory: uv, npm, yarn, pnpm).
 */
final class Pins {
    int pinned;
    int total;
    int first;
    int last;
    final List<String> members = new ArrayList<>();

    void add(int line, boolean exact) {
        total++;
        pinned += exact ? 1 : 0;
        first = first == 0 ? line : Math.min(first, line);
        last = Math.max(last, line);
    }
}
