package dev.maturity.core.spi;

import java.util.List;

/**
 * What a probe asks and how to fix a negative answer; lives beside the probe's code.
 *
 * @param id stable dotted id, prefixed by source ({@code git.eval-suite-in-ci})
 * @param question one line, answerable yes or no
 * @param remediation what to do when the answer is no
 * @param references control ids (EU AI Act, NIST AI RMF, ISO/IEC 42001) or seed sections
 */
public record ProbeMetadata(String id, String question, String remediation, List<String> references) {
    public ProbeMetadata {
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static ProbeMetadata of(String id, String question, String remediation, String... references) {
        return new ProbeMetadata(id, question, remediation, List.of(references));
    }
}
