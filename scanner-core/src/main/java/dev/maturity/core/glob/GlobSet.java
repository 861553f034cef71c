package dev.maturity.core.glob;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Many path globs matched at once: each glob carries tag bits, and one pass over a path returns the tags of every glob
 * that matches it, one step per code point however many globs there are. Each glob is read exactly as
 * {@link Glob#path} reads it ({@link PathGlobs#parse}) and matches exactly the paths that {@link Glob} matches. The
 * globs are one automaton ({@link GlobNfa}) made deterministic lazily, as paths need it, with at most
 * {@link #MAX_STATES} states remembered (past that, steps are computed from the automaton: still linear in the path).
 * Thread-safe.
 */
public final class GlobSet {

    /** Deterministic states remembered; past this, steps are computed from the automaton each time. */
    static final int MAX_STATES = 4_096;

    private final GlobNfa nfa;
    private final ConcurrentHashMap<StateKey, State> states = new ConcurrentHashMap<>();
    private final State start;

    private GlobSet(GlobNfa nfa) {
        this.nfa = nfa;
        this.start = state(closure(new int[] {nfa.start}, 1));
    }

    /** Collects globs and their tags. */
    public static final class Builder {
        private GlobNfa nfa = new GlobNfa();

        /** Adds a path glob that sets {@code tags} when it matches; throws {@link GlobSyntaxException} when malformed. */
        public Builder add(String glob, long tags) {
            return add(PathGlobs.parse(glob), tags);
        }

        /** Adds glob parts already read (a gitignore pattern's) that set {@code tags} when they match the whole path. */
        Builder add(List<GlobPart> parts, long tags) {
            nfa.add(parts, tags);
            return this;
        }

        /** The set of the globs added so far; the builder is spent. */
        public GlobSet build() {
            GlobNfa built = nfa;
            nfa = null;
            return new GlobSet(built);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The union of the tags of every glob matching the whole of {@code path}; 0 when none does. */
    public long match(String path) {
        State s = start;
        for (int i = 0; i < path.length() && s.alive(); ) {
            int cp = path.codePointAt(i);
            i += Character.charCount(cp);
            s = step(s, cp);
        }
        return s.tags;
    }

    private State step(State from, int cp) {
        if (cp < 128) {
            State known = from.ascii[cp];
            if (known != null) {
                return known;
            }
        }
        int[] next = new int[from.nfa.length];
        int n = 0;
        for (int q : from.nfa) {
            int t = nfa.step(q, cp);
            if (t >= 0) {
                next[n++] = t;
            }
        }
        State to = state(closure(next, n));
        if (cp < 128 && to.remembered) {
            from.ascii[cp] = to; // a benign race: every thread computes the same state
        }
        return to;
    }

    /** The sorted epsilon closure of the first {@code n} states of {@code seeds}. */
    private int[] closure(int[] seeds, int n) {
        boolean[] seen = new boolean[nfa.size()];
        int[] stack = new int[nfa.size()];
        int top = 0;
        for (int i = 0; i < n; i++) {
            if (!seen[seeds[i]]) {
                seen[seeds[i]] = true;
                stack[top++] = seeds[i];
            }
        }
        int count = 0;
        int[] out = new int[nfa.size()];
        while (top > 0) {
            int q = stack[--top];
            out[count++] = q;
            int[] eps = nfa.epsilon(q);
            if (eps != null) {
                for (int e : eps) {
                    if (!seen[e]) {
                        seen[e] = true;
                        stack[top++] = e;
                    }
                }
            }
        }
        int[] set = Arrays.copyOf(out, count);
        Arrays.sort(set);
        return set;
    }

    private State state(int[] set) {
        StateKey key = new StateKey(set);
        State known = states.get(key);
        if (known != null) {
            return known;
        }
        long tags = 0;
        for (int q : set) {
            tags |= nfa.accept(q);
        }
        if (states.size() >= MAX_STATES) {
            return new State(set, tags, false);
        }
        State fresh = new State(set, tags, true);
        State raced = states.putIfAbsent(key, fresh);
        return raced == null ? fresh : raced;
    }

    /** How many deterministic states have been built so far (for tests of the bound). */
    int rememberedStates() {
        return states.size();
    }

    private static final class State {
        final int[] nfa;
        final long tags;
        final boolean remembered;
        final State[] ascii = new State[128];

        State(int[] nfa, long tags, boolean remembered) {
            this.nfa = nfa;
            this.tags = tags;
            this.remembered = remembered;
        }

        boolean alive() {
            return nfa.length > 0;
        }
    }

    private record StateKey(int[] set) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StateKey k && Arrays.equals(set, k.set);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(set);
        }
    }
}
