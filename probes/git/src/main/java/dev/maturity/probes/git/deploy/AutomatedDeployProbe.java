package dev.maturity.probes.git.deploy;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.wiring.Citations;
import java.util.List;

/**
 * Deployment is automated: a CI job started by a push, tag or release (or by a workflow that is)
 * rolls the service out (kubectl, helm, Argo CD, Cloud Run, ECS, Lambda, fly, terraform apply, a
 * deploy script, a pipeline step that deploys the model), or a GitOps controller (Argo CD
 * Application with automated sync, Flux) syncs committed manifests. Deploys run only by hand or on
 * pull requests (previews) are not continuous deployment; publishing an image is not a rollout.
 */
public final class AutomatedDeployProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.automated-deploy",
            "Is the service rolled out automatically on push, tag or release (CD job or GitOps sync)?",
            "Roll the service out from CI on merge or release (kubectl/helm/Argo CD/Cloud Run/ECS deploy step), or sync committed manifests with Argo CD or Flux.",
            "EU-AI-Act:Art.17", "NIST-AI-RMF:MANAGE-2.3", "ISO-42001:A.6.2.5");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        List<Deploys.Deploy> all = Deploys.of(facts);
        List<Deploys.Deploy> automated = all.stream().filter(Deploys.Deploy::automated).toList();
        if (automated.isEmpty()) {
            List<Deploys.Deploy> manual = all.stream().filter(Deploys.Deploy::rollsOut).toList();
            return GitProbes.notFoundInCi(facts, METADATA.id(), manual.isEmpty() ? "no CI job or GitOps controller rolls a service out"
                    : "rollouts run only by hand or on pull requests: " + Citations.join(manual.stream().map(Deploys.Deploy::label).toList()),
                    Citations.first(manual.stream().flatMap(d -> d.evidence().stream()).toList()));
        }
        return DeployArtefactsProbe.judge(facts, context, METADATA.id(), automated, "automated deploys", "");
    }
}
