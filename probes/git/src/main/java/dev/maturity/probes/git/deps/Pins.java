package dev.maturity.probes.git.deps;

/** Counts of requirements and of those pinned exactly, with the line range they span. */
final class Pins {
    int pinned;
    int total;
    int first;
    int last;

    void add(int line, boolean exact) {
        total++;
        pinned += exact ? 1 : 0;
        first = first == 0 ? line : Math.min(first, line);
        last = Math.max(last, line);
    }
}
