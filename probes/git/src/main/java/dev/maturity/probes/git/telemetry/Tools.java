package dev.maturity.probes.git.telemetry;

import dev.maturity.probes.git.code.CodeSignal;
import java.util.List;
import java.util.TreeSet;

/** Short summaries of code signals: which tools, how many files. */
final class Tools {

    private Tools() {
    }

    static String of(List<CodeSignal> signals) {
        return String.join(", ", new TreeSet<>(signals.stream().map(CodeSignal::tool).toList()));
    }

    static long files(List<CodeSignal> signals) {
        return signals.stream().map(CodeSignal::path).distinct().count();
    }
}
