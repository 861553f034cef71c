package dev.maturity.probes.git;

import dev.maturity.core.facts.Availability;
import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.probes.git.ci.CiConfig;
import dev.maturity.probes.git.wiring.Citations;
import java.util.List;
import java.util.Optional;

/** What every git probe does first and last: check the tree was read; cite the trees searched when nothing was found. */
public final class GitProbes {

    private GitProbes() {
    }

    /** UNKNOWN with the reason when a needed domain (by default {@code git.tree}) was not read. */
    public static Optional<Finding> unread(Facts facts, String probeId, String... domains) {
        String[] needed = domains.length == 0 ? new String[] {GitCollector.TREE} : domains;
        Availability a = facts.firstUnavailable(needed);
        return a == null ? Optional.empty() : Optional.of(Finding.unknown(probeId, a.reason()));
    }

    /** The trees that were searched, as evidence for a NOT_MET. */
    public static List<Evidence> searched(Facts facts) {
        return facts.of(SourceRead.class).stream().filter(s -> s.kind().equals("git")).map(SourceRead::evidence).toList();
    }

    /**
     * For a criterion CI could prove: NOT_MET as {@link #notFound}, or UNKNOWN when a CI
     * configuration was present and not read or interpreted, citing it (its CI may do what was looked for).
     */
    public static Finding notFoundInCi(Facts facts, String probeId, String summary, List<Evidence> partial) {
        Availability ci = facts.availability(GitCollector.CI);
        if (ci.available()) {
            return notFound(facts, probeId, summary, partial);
        }
        List<Evidence> ev = new java.util.ArrayList<>(partial);
        facts.of(CiConfig.class).stream().filter(c -> !c.interpreted()).map(CiConfig::evidence).limit(Citations.MAX_EVIDENCE)
                .forEach(ev::add);
        return new Finding(probeId, Outcome.UNKNOWN, summary + "; " + ci.reason(), ev);
    }

    /** NOT_MET citing the searched trees plus any partial evidence. */
    public static Finding notFound(Facts facts, String probeId, String summary, List<Evidence> partial) {
        List<Evidence> ev = new java.util.ArrayList<>(partial);
        ev.addAll(searched(facts));
        return Finding.notMet(probeId, summary, ev);
    }
}
