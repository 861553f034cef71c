package dev.maturity.probes.git.deploy;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.wiring.Citations;
import java.util.List;

/**
 * Deploys are predictable from the repository: the track's services are deployed from committed
 * artefacts (workload manifests, Helm charts, Dockerfiles, serving specs, deploy scripts), by CI
 * jobs that roll out or publish images, or by code that deploys or promotes models in a registry.
 * The artefacts must cover the workload: a tutorial's Dockerfile deep in a collection of notebooks
 * does not deploy the collection ({@code deploy.workload-share} of the track's code files).
 */
public final class DeployArtefactsProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.deploy-artefacts",
            "Are the services deployed from committed artefacts (manifests, charts, Dockerfiles, serving specs, deploy jobs or scripts, registry promotion)?",
            "Commit how the service is deployed: a Dockerfile and manifest or chart, a serving spec, or the deploy job itself, covering the code that serves the model.",
            "EU-AI-Act:Art.17", "ISO-42001:A.6.2.5");

    /** The rubric parameter: the share of the track's code files the deploy artefacts must cover. */
    static final String SHARE = "deploy.workload-share";
    static final double DEFAULT_SHARE = 0.2;

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
        List<Deploys.Deploy> deploys = Deploys.of(facts);
        return judge(facts, context, METADATA.id(), deploys, "deploy artefacts",
                "no deploy manifest, chart, Dockerfile, serving spec, deploy script or deploy job");
    }

    /** MET when the deploys cover enough of the track's code; otherwise NOT_MET saying what was found and what it covers. */
    static Finding judge(Facts facts, ProbeContext context, String id, List<Deploys.Deploy> deploys, String what, String none) {
        if (deploys.isEmpty()) {
            return GitProbes.notFound(facts, id, none, List.of());
        }
        List<String> workload = Deploys.workload(facts, context.track());
        double share = Deploys.share(deploys, workload);
        double need = context.number(SHARE, DEFAULT_SHARE);
        List<Evidence> ev = Citations.first(deploys.stream().flatMap(d -> d.evidence().stream()).toList());
        String labels = Citations.join(deploys.stream().map(Deploys.Deploy::label).toList());
        if (share >= need) {
            return Finding.met(id, what + ": " + labels, ev);
        }
        long covered = Math.round(share * workload.size());
        return GitProbes.notFound(facts, id, what + " cover " + covered + " of " + workload.size() + " " + context.track().id()
                + " code file(s) (" + Math.round(share * 100) + "%, need " + Math.round(need * 100) + "%): " + labels, ev);
    }
}
