package dev.maturity.probes.git.ci;

import java.util.regex.Pattern;

/**
 * Which lines of a shell script can fail the step. A line whose failure is swallowed
 * ({@code pytest || true}, {@code || exit 0}, {@code || echo ...}, a trailing {@code ; exit 0}) or that
 * runs under {@code set +e} reports without failing; lines after an unconditional {@code exit 0} never run.
 */
public final class FailureTolerance {

    private static final Pattern SWALLOWED = Pattern.compile(
            "(\\|\\|\\s*(true|:|/bin/true|exit\\s+0|echo\\b.*|printf\\b.*)|;\\s*(exit\\s+0|true))\\s*;?\\s*$");
    private static final Pattern OPENS = Pattern.compile("^(if|for|while|until|case|select)\\b.*|.*\\{\\s*$");
    private static final Pattern ONE_LINE = Pattern.compile("[;\\s](fi|done|esac|\\})\\s*;?\\s*$");
    private static final Pattern CLOSES = Pattern.compile("^(fi|done|esac|\\})\\b.*");

    private FailureTolerance() {
    }

    /** The script up to its first unconditional {@code exit 0} (or bare {@code exit}), with continuations joined. */
    public static String live(String script) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (String line : joined(script).split("\\R")) {
            String l = line.strip();
            if (depth == 0 && (l.equals("exit 0") || l.equals("exit"))) {
                break;
            }
            if (CLOSES.matcher(l).matches()) {
                depth = Math.max(0, depth - 1);
            } else if (OPENS.matcher(l).matches() && !ONE_LINE.matcher(l).find()) {
                depth++;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The live lines whose failure fails the step: without swallowed lines and lines under {@code set +e}. */
    public static String failing(String script) {
        StringBuilder out = new StringBuilder();
        boolean errexitOff = false;
        for (String line : live(script).split("\\R")) {
            String l = line.strip();
            if (l.equals("set +e")) {
                errexitOff = true;
            } else if (l.equals("set -e") || l.startsWith("set -e ") || l.startsWith("set -eo")) {
                errexitOff = false;
            } else if (!errexitOff && !SWALLOWED.matcher(l).find()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String joined(String script) {
        return script.replaceAll("\\\\\\R", " ");
    }
}
