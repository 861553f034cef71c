package dev.maturity.probes.kubernetes.serving;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.probes.kubernetes.api.ApiKind;
import dev.maturity.probes.kubernetes.objects.Judgement;
import dev.maturity.probes.kubernetes.objects.Manifests;
import dev.maturity.probes.kubernetes.objects.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A property every model service should have (owner labels, a pinned model version, a model from a
 * registry). MET when each model service has it; NOT_MET lists those that do not. With no model
 * service there is nothing to prove it by.
 */
public final class ServiceCoverage implements Judgement {

    private final String property;
    private final List<ApiKind> extraKinds;
    private final BiFunction<ModelService, ProbeContext, String> check;

    /**
     * @param check returns a one-line reason the service has the property, or null when it lacks it
     */
    public ServiceCoverage(String property, List<ApiKind> extraKinds, BiFunction<ModelService, ProbeContext, String> check) {
        this.property = property;
        this.extraKinds = List.copyOf(extraKinds);
        this.check = check;
    }

    @Override
    public List<ApiKind> kinds() {
        List<ApiKind> k = new ArrayList<>(ModelServices.KINDS);
        k.addAll(extraKinds);
        return k;
    }

    @Override
    public Verdict judge(Manifests m, ProbeContext ctx) {
        List<ModelService> services = ModelServices.find(m, ctx);
        if (services.isEmpty()) {
            return Verdict.notMet("no model service found to check for " + property, List.of());
        }
        List<Evidence> good = new ArrayList<>();
        List<Evidence> bad = new ArrayList<>();
        List<String> badNames = new ArrayList<>();
        for (ModelService s : services) {
            String why = check.apply(s, ctx);
            if (why != null) {
                good.add(s.evidence(s.label() + ": " + why));
            } else {
                bad.add(s.evidence(s.label() + ": lacks " + property));
                badNames.add(s.object().qualifiedName());
            }
        }
        if (bad.isEmpty()) {
            return Verdict.met("all " + services.size() + " model service(s) have " + property, Verdict.cap(good, 50));
        }
        return Verdict.notMet(bad.size() + " of " + services.size() + " model service(s) lack " + property + ": "
                + String.join(", ", badNames.subList(0, Math.min(10, badNames.size()))), Verdict.cap(bad, 50));
    }
}
