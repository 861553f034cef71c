package dev.maturity.core.score;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import java.util.List;
import java.util.function.Function;

/** Probes that answer a fixed outcome, for scorer tests: the scorer is tested apart from any source. */
public final class Probes {

    private Probes() {
    }

    static Evidence evidence(String path, Strength strength) {
        return new Evidence(GitLocation.file("repo", "0123456789abcdef0123456789abcdef01234567", path), strength,
                "sha256:00", "fixture evidence");
    }

    static Probe fixed(String id, Outcome outcome, Strength strength) {
        return answering(id, facts -> switch (outcome) {
            case MET -> Finding.met(id, id + " found", List.of(evidence(id + ".yaml", strength)));
            case NOT_MET -> Finding.notMet(id, id + " absent", List.of(evidence("", Strength.DECLARED)));
            case UNKNOWN -> Finding.unknown(id, "source for " + id + " not configured");
            default -> Finding.notApplicable(id, "n/a");
        });
    }

    /** A probe whose answer is a function of the facts (it may throw, to test how failures are contained). */
    public static Probe answering(String id, Function<Facts, Finding> answer) {
        return new Probe() {
            @Override
            public ProbeMetadata metadata() {
                return ProbeMetadata.of(id, "is " + id + " so?", "make it so");
            }

            @Override
            public Finding evaluate(Facts facts, ProbeContext context) {
                return answer.apply(facts);
            }
        };
    }
}
