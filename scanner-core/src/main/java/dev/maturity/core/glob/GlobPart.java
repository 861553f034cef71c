package dev.maturity.core.glob;

import java.util.List;

/**
 * One piece of a parsed path glob ({@link PathGlobs#parse}): the single reading of the JDK glob syntax, rendered as an
 * RE2 expression for a {@link Glob} and built into the automaton of a {@link GlobSet}, so both match the same paths.
 */
sealed interface GlobPart {

    /** One code point standing for itself. */
    record Literal(int codePoint) implements GlobPart {
    }

    /** {@code *}: any run of code points within a segment (no {@code /}). */
    record AnyInSegment() implements GlobPart {
    }

    /** {@code **}: any run of code points across segments, but no line feed (RE2's {@code .}). */
    record AnyAcross() implements GlobPart {
    }

    /** {@code ?}: one code point other than {@code /}. */
    record OneInSegment() implements GlobPart {
    }

    /**
     * {@code [...]}: one code point in (or, negated, outside) the inclusive ranges {@code ranges[2i]..ranges[2i+1]};
     * never {@code /}.
     */
    record CharClass(char[] ranges, boolean negated) implements GlobPart {
        boolean matches(int cp) {
            if (cp == '/') {
                return false;
            }
            boolean in = false;
            for (int i = 0; i < ranges.length && !in; i += 2) {
                in = cp >= ranges[i] && cp <= ranges[i + 1];
            }
            return in != negated;
        }
    }

    /** {@code {a,b}}: one of the alternatives (never another group inside). */
    record Group(List<List<GlobPart>> alternatives) implements GlobPart {
    }
}
