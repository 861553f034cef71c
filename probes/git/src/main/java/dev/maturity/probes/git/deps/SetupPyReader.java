package dev.maturity.probes.git.deps;

import dev.maturity.probes.git.docs.TextLines;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code install_requires} of a {@code setup.py}: a list written in the call, or the list a
 * name it passes is assigned ({@code REQUIRED_PACKAGES = [...]}). Each quoted requirement is exact
 * when it pins one version ({@code ==}) or a direct reference ({@code @ url}). Anything computed is
 * not read.
 */
final class SetupPyReader {

    private static final Pattern ARGUMENT = Pattern.compile("install_requires\\s*=\\s*(\\[|[A-Za-z_]\\w*)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]+)\"|'([^'\\n]+)'");
    private static final Pattern EXACT = Pattern.compile("^[A-Za-z0-9_.\\-\\[\\],]+\\s*(?:===?\\s*[^*\\s,;]+|@\\s*\\S+)\\s*(?:;.*)?$");

    private SetupPyReader() {
    }

    static Pins read(String text) {
        Pins pins = new Pins();
        Matcher a = ARGUMENT.matcher(text);
        if (!a.find()) {
            return pins;
        }
        int open = a.group(1).equals("[") ? a.end(1) - 1 : assigned(text, a.group(1));
        if (open < 0) {
            return pins;
        }
        int close = text.indexOf(']', open);
        if (close < 0) {
            return pins;
        }
        Matcher q = QUOTED.matcher(text).region(open, close);
        while (q.find()) {
            String req = (q.group(1) != null ? q.group(1) : q.group(2)).strip();
            int line = TextLines.lineOf(text, q.start());
            pins.add(line, EXACT.matcher(req).matches());
        }
        return pins;
    }

    /** Where the list assigned to a module-level name opens, or -1. */
    private static int assigned(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s*=\\s*\\[").matcher(text);
        return m.find() ? m.end() - 1 : -1;
    }
}
