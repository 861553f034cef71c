package dev.maturity.probes.git.deploy;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * A committed artefact that deploys a service: a Dockerfile that runs something, a compose file that
 * builds services, a Helm chart with workloads, a serving platform's spec (serverless, fly, App
 * Engine, azd, BentoML, Modal, Procfile, Terraform/Bicep/CloudFormation compute resources) or a
 * script that rolls a service out.
 *
 * @param kind     what it is, in words ("Dockerfile", "Helm chart", "deploy script", ...)
 * @param covers   repository path prefixes of the code it deploys ({@code ""} for the whole repository)
 * @param rollouts rollout commands it runs (deploy scripts), empty for specifications
 */
public record DeployArtefact(String repo, String kind, String path, List<String> covers, List<String> rollouts,
                             Evidence evidence) implements Fact {

    public DeployArtefact {
        covers = List.copyOf(covers);
        rollouts = List.copyOf(rollouts);
    }

    /** {@code kind path}, for summaries. */
    public String label() {
        return kind + " " + path;
    }
}
