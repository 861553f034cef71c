package dev.maturity.probes.git.notebooks;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.facts.ResourceObject;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.GitLocation;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.DeployJobs;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Notebooks are not deploy artefacts: no Dockerfile ships or runs one, no committed manifest's
 * container command or args names one, and no deploy CI job runs or ships one. Notebooks merely
 * present in the repository are fine.
 */
public final class NoNotebookDeploysProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.no-notebook-deploys",
            "Are notebooks kept out of Dockerfiles, deploy manifests and deploy jobs?",
            "Move the code a Dockerfile, manifest or deploy step takes from a .ipynb into a module or script.",
            "EU-AI-Act:Art.15", "ISO-42001:A.6.2.5");

    /** Job names that say "this deploys" even when the commands do not. */
    private static final Pattern DEPLOY_NAME = Pattern.compile("(?i)deploy|release|publish|promot|rollout|prod");

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
        List<Evidence> ev = new ArrayList<>();
        facts.of(NotebookReference.class).forEach(r -> ev.add(r.evidence()));
        facts.of(ResourceObject.class).stream().filter(o -> !o.live()).forEach(o -> manifest(o, ev));
        facts.of(CiJob.class).stream().filter(NoNotebookDeploysProbe::deploys).forEach(j -> ciJob(j, ev));
        if (!ev.isEmpty()) {
            return Finding.notMet(METADATA.id(), ev.size() + " deploy artefact(s) take a notebook", ev);
        }
        return Finding.met(METADATA.id(), "no Dockerfile, committed manifest or deploy job takes a notebook",
                GitProbes.searched(facts));
    }

    private static void manifest(ResourceObject o, List<Evidence> ev) {
        o.body().walk(n -> {
            if (!n.isMapping()) {
                return;
            }
            for (String key : List.of("command", "args")) {
                YamlNode v = n.get(key);
                if (v.texts().stream().anyMatch(t -> DockerfileNotebookExtractor.NOTEBOOK.matcher(t).find())) {
                    Evidence e = o.evidence();
                    if (e.location() instanceof GitLocation g && v.line() > 0) {
                        e = new Evidence(GitLocation.lines(g.repo(), g.commit(), g.path(), v.line(), v.endLine()),
                                e.strength(), e.digest(), e.detail());
                    }
                    ev.add(e.withDetail(o.kind() + " " + o.qualifiedName() + " runs a notebook: " + String.join(" ", v.texts())));
                }
            }
        });
    }

    private static boolean deploys(CiJob j) {
        return DeployJobs.deploys(j) || DEPLOY_NAME.matcher(j.job()).find();
    }

    private static void ciJob(CiJob j, List<Evidence> ev) {
        j.commands().stream().filter(c -> DockerfileNotebookExtractor.NOTEBOOK.matcher(c).find()).findFirst()
                .or(() -> j.runs().stream().filter(p -> p.endsWith(".ipynb")).findFirst())
                .ifPresent(c -> ev.add(j.evidence().withDetail("deploy job " + j.job() + " takes a notebook: " + c)));
    }
}
