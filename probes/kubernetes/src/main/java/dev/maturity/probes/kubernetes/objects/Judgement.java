package dev.maturity.probes.kubernetes.objects;

import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.kubernetes.api.ApiKind;
import java.util.List;

/** A question over Kubernetes objects, judged the same way for live objects and for committed manifests. */
public interface Judgement {

    /** The kinds whose absence could change a negative answer. */
    List<ApiKind> kinds();

    Verdict judge(Manifests objects, ProbeContext context);
}
