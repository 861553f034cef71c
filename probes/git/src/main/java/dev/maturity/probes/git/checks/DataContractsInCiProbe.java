package dev.maturity.probes.git.checks;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import dev.maturity.probes.git.wiring.Citations;
import dev.maturity.probes.git.ci.CiJob;
import dev.maturity.probes.git.wiring.RunIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** CI checks a data contract of the repository ({@code datacontract test} or {@code datacontract lint}) on change or schedule. */
public final class DataContractsInCiProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.data-contracts-in-ci",
            "Does CI check the repository's data contracts (datacontract test / lint)?",
            "Check datacontract.yaml / ODCS contracts in CI (datacontract test) so producers cannot break consumers silently.",
            "EU-AI-Act:Art.10", "ISO-42001:A.7.3", "ISO-42001:A.10.3");

    private static final Pattern CLI = Pattern.compile("\\bdatacontract\\s+(test|lint)\\b|datacontract-action");

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
        List<Evidence> partial = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (CiJob job : new RunIndex(facts).jobs()) {
            if (job.commands().stream().noneMatch(c -> CLI.matcher(c).find())) {
                continue;
            }
            List<String> contracts = job.runs().stream().filter(DataContractsInCiProbe::contract).toList();
            if (!contracts.isEmpty() && (job.runsOnChangeOrRelease() || job.runsOnSchedule())) {
                return Finding.met(METADATA.id(), job.label() + " checks " + String.join(", ", contracts), List.of(job.evidence()));
            }
            partial.add(job.evidence());
            why.add(job.label() + (contracts.isEmpty() ? " runs datacontract but names no contract file of the repository"
                    : " runs only by hand"));
        }
        return GitProbes.notFoundInCi(facts, METADATA.id(), why.isEmpty() ? "no CI job checks a data contract" : Citations.join(why),
                Citations.first(partial));
    }

    static boolean contract(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return (p.contains("datacontract") || p.contains("odcs") || p.contains("contract")) && (p.endsWith(".yaml") || p.endsWith(".yml"));
    }
}
