package dev.maturity.probes.mlflow;

import dev.maturity.core.facts.Availability;
import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every MLflow probe does first and last: check its domains were read; cite the server when nothing was found. */
public final class MlflowProbes {

    private MlflowProbes() {
    }

    /** UNKNOWN with the collector's reason when a needed domain was not read. */
    public static Optional<Finding> unread(Facts facts, String probeId, String... domains) {
        Availability a = facts.firstUnavailable(domains);
        return a == null ? Optional.empty() : Optional.of(Finding.unknown(probeId, a.reason()));
    }

    /** The tracking servers that were read, as evidence for a NOT_MET. */
    public static List<Evidence> searched(Facts facts) {
        return facts.of(SourceRead.class).stream().filter(s -> s.kind().equals("mlflow")).map(SourceRead::evidence).toList();
    }

    /** NOT_MET citing what was read on the server plus any partial evidence. */
    public static Finding notFound(Facts facts, String probeId, String summary, List<Evidence> partial) {
        List<Evidence> ev = new ArrayList<>(partial);
        ev.addAll(searched(facts));
        return Finding.notMet(probeId, summary, ev);
    }

    /** At most {@code n} items, to keep evidence lists readable. */
    public static <T> List<T> first(List<T> items, int n) {
        return items.size() <= n ? items : items.subList(0, n);
    }
}
