package dev.maturity.probes.git.eval;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.wiring.Citations;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.ci.DeployJobs;
import dev.maturity.probes.git.wiring.RunIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An eval gate blocks deploys: a CI job runs an eval suite that fails under its assertions or
 * thresholds, and a deploy job (an environment, or deploy commands) needs that job, directly or
 * through other jobs. An eval job allowed to fail gates nothing.
 */
public final class EvalGateBeforeDeployProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.eval-gate-before-deploy",
            "Does a deploy job need an eval job that fails under thresholds?",
            "Make the eval job fail under thresholds (assertions, --fail-under) and make the deploy job need it (needs: [eval]).",
            "EU-AI-Act:Art.15", "EU-AI-Act:Art.17", "NIST-AI-RMF:MANAGE-1.1", "ISO-42001:A.6.2.5");

    private static final Pattern THRESHOLD_FLAG = Pattern.compile(
            "--(fail-under|min-score|threshold|pass-rate-threshold|fail-on-threshold)\\b|PROMPTFOO_PASS_RATE_THRESHOLD");

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
        RunIndex index = new RunIndex(facts);
        List<CiJob> deployJobs = index.jobs().stream().filter(DeployJobs::deploys).toList();
        Set<CiJob> feedsDeploys = index.neededByAny(deployJobs);
        List<Evidence> partial = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (EvalSuite s : facts.of(EvalSuite.class)) {
            if (s.track() != context.track() || !s.hasCases()) {
                continue;
            }
            for (CiJob eval : EvalSuiteInCiProbe.jobsRunning(index, s)) {
                boolean gates = !eval.mayFail() && (s.asserts() || eval.commands().stream().anyMatch(c -> THRESHOLD_FLAG.matcher(c).find()));
                // one traversal answers for every deploy job: those downstream of the eval job
                Set<CiJob> downstream = !gates || !feedsDeploys.contains(eval) ? Set.of() : index.downstreamSet(eval);
                List<CiJob> deploys = deployJobs.stream().filter(d -> d != eval && downstream.contains(d)).toList();
                if (gates && !deploys.isEmpty()) {
                    List<Evidence> ev = new ArrayList<>(List.of(s.evidence().withStrength(Strength.WIRED), eval.evidence()));
                    deploys.forEach(d -> ev.add(d.evidence()));
                    return Finding.met(METADATA.id(), "deploy job(s) " + deploys.stream().map(CiJob::label).toList()
                            + " need eval job " + eval.label() + ", which fails when " + s.path() + " misses its thresholds", ev);
                }
                partial.add(eval.evidence());
                why.add(eval.label() + (eval.mayFail() ? " is allowed to fail"
                        : !gates ? " runs " + s.path() + " without assertions or thresholds" : " is needed by no deploy job"));
            }
        }
        String summary = why.isEmpty() ? "no CI job runs a " + context.track().id() + " eval suite with cases, so nothing gates deploys"
                : Citations.join(why);
        boolean suite = facts.of(EvalSuite.class).stream().anyMatch(s -> s.track() == context.track() && s.hasCases());
        return suite ? GitProbes.notFoundInCi(facts, METADATA.id(), summary, Citations.first(partial))
                : GitProbes.notFound(facts, METADATA.id(), summary, Citations.first(partial));
    }
}
