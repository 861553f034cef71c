package dev.maturity.cli;

import dev.maturity.core.platform.Progress;
import dev.maturity.core.platform.Target;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Progress on stderr: on a terminal, one live line per target redrawn in place (queued,
 * collecting, scoring, scored, failed); otherwise one plain line per change, for logs.
 */
final class StderrProgress implements Progress {

    private final PrintWriter err;
    private final boolean live;
    private final Map<String, String> lines = new LinkedHashMap<>();
    private int drawn;

    StderrProgress(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    /** Live when stderr is likely a terminal: a console is attached and TERM is not dumb. */
    static boolean terminal(Map<String, String> env) {
        String term = env.get("TERM");
        return System.console() != null && term != null && !term.equals("dumb");
    }

    @Override
    public synchronized void update(Target target, Phase phase, String detail) {
        String text = phase.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
        if (!live) {
            if (phase != Phase.QUEUED) {
                err.println("maturity: " + target.name() + ": " + text);
                err.flush();
            }
            return;
        }
        lines.put(target.name(), text);
        redraw();
    }

    private void redraw() {
        StringBuilder sb = new StringBuilder();
        if (drawn > 0) {
            sb.append("\033[").append(drawn).append('A');
        }
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        lines.forEach((name, text) -> sb.append("\r\033[2K").append(String.format("%-" + width + "s  %s%n", name, text)));
        drawn = lines.size();
        err.print(sb);
        err.flush();
    }
}
