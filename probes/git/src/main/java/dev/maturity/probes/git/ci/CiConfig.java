package dev.maturity.probes.git.ci;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A CI configuration file the scanner recognised: which system it belongs to and whether it was
 * fully interpreted into jobs. One that was not ({@code interpreted == false}: not read, or read
 * without its triggers) makes the CI domain unavailable, so criteria that need CI are
 * {@code UNKNOWN} rather than {@code NOT_MET}.
 *
 * @param system   the system's id ({@link CiSystem#id()})
 * @param name     the system's name as the report shows it ({@code Travis CI})
 * @param note     what was not read and why ({@code not interpreted: scripted pipeline}), empty when fully read
 * @param evidence the file, strength {@code declared}
 */
public record CiConfig(String repo, String system, String name, String path, boolean interpreted, String note,
                       Evidence evidence) implements Fact {

    /** {@code CI present: Travis CI (.travis.yml), not interpreted: why}. */
    public String describe() {
        return "CI present: " + name + " (" + path + ")" + (note.isBlank() ? "" : ", " + note);
    }
}
