package dev.maturity.probes.git.code;

import java.util.regex.Pattern;

/**
 * How one tool shows up in code: a cheap literal {@code hint} that must occur in the file, an
 * optional {@code gate} that must match somewhere in the file (an import), and the {@code line}
 * pattern whose first match is the evidence.
 */
record Rule(Signal signal, String tool, String hint, Pattern gate, Pattern line) {

    static Rule of(Signal signal, String tool, String hint, String line) {
        return new Rule(signal, tool, hint, null, Pattern.compile(line, Pattern.MULTILINE));
    }

    static Rule gated(Signal signal, String tool, String hint, String gate, String line) {
        return new Rule(signal, tool, hint, Pattern.compile(gate, Pattern.MULTILINE),
                Pattern.compile(line, Pattern.MULTILINE));
    }
}
