package dev.maturity.cli;

import dev.maturity.core.platform.Progress;
import dev.maturity.core.platform.Target;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Progress on stderr. On a terminal: a live block with one line per running target (collecting,
 * scoring) and the number waiting, redrawn in place, while finished targets (scored, failed,
 * timed out) scroll above it. Otherwise one plain line per change, for logs.
 */
final class StderrProgress implements Progress {

    private final PrintWriter err;
    private final boolean live;
    private final Map<String, String> running = new LinkedHashMap<>();
    private final Set<String> waiting = new LinkedHashSet<>();
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
        String text = phase.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
        if (!live) {
            if (phase != Phase.QUEUED) {
                err.println("maturity: " + target.name() + ": " + text);
                err.flush();
            }
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < drawn; i++) {
            sb.append("\033[1A\r\033[2K");
        }
        waiting.remove(target.name());
        switch (phase) {
            case QUEUED -> waiting.add(target.name());
            case COLLECTING, SCORING -> running.put(target.name(), text);
            default -> {
                running.remove(target.name());
                sb.append(target.name()).append("  ").append(text).append('\n');
            }
        }
        int width = running.keySet().stream().mapToInt(String::length).max().orElse(0);
        running.forEach((name, t) -> sb.append(String.format("  %-" + width + "s  %s%n", name, t)));
        drawn = running.size();
        if (!waiting.isEmpty()) {
            sb.append("  ").append(waiting.size()).append(" waiting\n");
            drawn++;
        }
        err.print(sb);
        err.flush();
    }
}
