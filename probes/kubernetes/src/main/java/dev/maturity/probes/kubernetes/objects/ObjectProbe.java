package dev.maturity.probes.kubernetes.objects;

import dev.maturity.core.facts.Availability;
import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * A probe that runs one {@link Judgement} over the objects of one {@link Scope}. Evidence found is
 * MET even when some kinds could not be read; a negative answer is UNKNOWN while a kind that could
 * change it is unavailable, and otherwise NOT_MET citing what was read.
 */
public abstract class ObjectProbe implements Probe {

    private final Scope scope;
    private final ProbeMetadata metadata;
    private final Judgement judgement;

    protected ObjectProbe(Scope scope, ProbeMetadata metadata, Judgement judgement) {
        this.scope = scope;
        this.metadata = metadata;
        this.judgement = judgement;
    }

    @Override
    public ProbeMetadata metadata() {
        return metadata;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        Verdict v = judgement.judge(Manifests.of(facts, scope), context);
        if (v.met()) {
            return Finding.met(id(), v.summary(), v.evidence());
        }
        Availability missing = facts.firstUnavailable(scope.domains(judgement.kinds()));
        if (missing != null) {
            return Finding.unknown(id(), missing.reason());
        }
        List<Evidence> ev = new ArrayList<>(v.evidence());
        facts.of(SourceRead.class).stream().filter(s -> s.kind().equals(scope.source())).map(SourceRead::evidence).forEach(ev::add);
        return Finding.notMet(id(), v.summary(), ev);
    }
}
