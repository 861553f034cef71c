package dev.maturity.core.glob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The nondeterministic automaton behind a {@link GlobSet}, built from the {@link GlobPart}s a {@link Glob} renders as
 * RE2: states that each test one code point and have epsilon edges, with the tags of the globs that accept at each
 * state. {@code *} is {@code [^/]*}, {@code ?} is {@code [^/]}, {@code **} is RE2's {@code .*} (any code point but a
 * line feed), a class never matches a slash.
 */
final class GlobNfa {

    private static final int NONE = 0;
    private static final int LITERAL = 1;
    private static final int NOT_SLASH = 2;
    private static final int NOT_LINE_FEED = 3;
    private static final int CLASS = 4;

    private int size;
    private int[] test = new int[256];
    private int[] arg = new int[256];
    private int[] target = new int[256];
    private int[][] epsilon = new int[256][];
    private long[] accept = new long[256];
    private final List<GlobPart.CharClass> classes = new ArrayList<>();
    final int start;

    GlobNfa() {
        start = newState();
    }

    int size() {
        return size;
    }

    long accept(int state) {
        return accept[state];
    }

    int[] epsilon(int state) {
        return epsilon[state];
    }

    /** The state reached from {@code state} on code point {@code cp}, or -1. */
    int step(int state, int cp) {
        boolean ok = switch (test[state]) {
            case LITERAL -> cp == arg[state];
            case NOT_SLASH -> cp != '/';
            case NOT_LINE_FEED -> cp != '\n';
            case CLASS -> classes.get(arg[state]).matches(cp);
            default -> false;
        };
        return ok ? target[state] : -1;
    }

    /** Adds a parsed glob accepting with {@code tags}. */
    void add(List<GlobPart> glob, long tags) {
        int entry = newState();
        int end = build(glob, entry); // before reading the array: building may grow it
        accept[end] |= tags;
        addEpsilon(start, entry);
    }

    /** Builds the states of {@code parts} from {@code cur}; returns the final state. */
    private int build(List<GlobPart> parts, int cur) {
        for (GlobPart part : parts) {
            if (part instanceof GlobPart.Literal l) {
                cur = transition(cur, LITERAL, l.codePoint());
            } else if (part instanceof GlobPart.AnyInSegment || part instanceof GlobPart.AnyAcross) {
                set(cur, part instanceof GlobPart.AnyAcross ? NOT_LINE_FEED : NOT_SLASH, 0, cur);
                int n = newState();
                addEpsilon(cur, n);
                cur = n;
            } else if (part instanceof GlobPart.OneInSegment) {
                cur = transition(cur, NOT_SLASH, 0);
            } else if (part instanceof GlobPart.CharClass c) {
                classes.add(c);
                cur = transition(cur, CLASS, classes.size() - 1);
            } else if (part instanceof GlobPart.Group g) {
                int join = newState();
                for (List<GlobPart> alternative : g.alternatives()) {
                    int s = newState();
                    addEpsilon(cur, s);
                    addEpsilon(build(alternative, s), join);
                }
                cur = join;
            }
        }
        return cur;
    }

    private int transition(int from, int kind, int argument) {
        int n = newState();
        set(from, kind, argument, n);
        return n;
    }

    private void set(int state, int kind, int argument, int to) {
        test[state] = kind;
        arg[state] = argument;
        target[state] = to;
    }

    private void addEpsilon(int from, int to) {
        int[] e = epsilon[from];
        if (e == null) {
            epsilon[from] = new int[] {to};
        } else {
            e = Arrays.copyOf(e, e.length + 1);
            e[e.length - 1] = to;
            epsilon[from] = e;
        }
    }

    private int newState() {
        if (size == test.length) {
            int n = size * 2;
            test = Arrays.copyOf(test, n);
            arg = Arrays.copyOf(arg, n);
            target = Arrays.copyOf(target, n);
            epsilon = Arrays.copyOf(epsilon, n);
            accept = Arrays.copyOf(accept, n);
        }
        return size++;
    }
}
