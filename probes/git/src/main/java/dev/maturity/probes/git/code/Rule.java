package dev.maturity.probes.git.code;

import java.util.regex.Pattern;

/**
 * How one tool shows up in code: a cheap literal {@code hint} that must occur in the file, an
 * optional {@code gate} that must match somewhere in the file (an import), and the {@code line}
 * pattern whose first match is the evidence. The patterns are compiled the first time a file
 * holding the hint needs them: most of the table never does in one scan, and compiling all of it
 * up front (about a hundred expressions) was a visible part of a small scan's start-up.
 */
final class Rule {

    private final Signal signal;
    private final String tool;
    private final String hint;
    private final String gateRegex;
    private final String lineRegex;
    private volatile Pattern gate;
    private volatile Pattern line;

    private Rule(Signal signal, String tool, String hint, String gateRegex, String lineRegex) {
        this.signal = signal;
        this.tool = tool;
        this.hint = hint;
        this.gateRegex = gateRegex;
        this.lineRegex = lineRegex;
    }

    static Rule of(Signal signal, String tool, String hint, String line) {
        return new Rule(signal, tool, hint, null, line);
    }

    static Rule gated(Signal signal, String tool, String hint, String gate, String line) {
        return new Rule(signal, tool, hint, gate, line);
    }

    Signal signal() {
        return signal;
    }

    String tool() {
        return tool;
    }

    String hint() {
        return hint;
    }

    /** The import that must occur somewhere in the file, or null when none is needed. */
    Pattern gate() {
        Pattern p = gate;
        if (p == null && gateRegex != null) {
            p = Pattern.compile(gateRegex, Pattern.MULTILINE);
            gate = p;
        }
        return p;
    }

    Pattern line() {
        Pattern p = line;
        if (p == null) {
            p = Pattern.compile(lineRegex, Pattern.MULTILINE);
            line = p;
        }
        return p;
    }
}
