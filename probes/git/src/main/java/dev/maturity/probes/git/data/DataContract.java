package dev.maturity.probes.git.data;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A committed data contract: the Data Contract Specification ({@code dataContractSpecification})
 * or the Open Data Contract Standard ({@code kind: DataContract}). Probes that check contracts run
 * in CI match a CI command against {@link #path()}.
 *
 * @param spec    {@code datacontract-specification} or {@code odcs}
 * @param version the specification version the file declares
 * @param id      the contract's id, or null
 */
public record DataContract(String repo, String path, String spec, String version, String id, Evidence evidence)
        implements Fact {

    public static final String DCS = "datacontract-specification";
    public static final String ODCS = "odcs";
}
