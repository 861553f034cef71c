package dev.maturity.core.audit;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The controls an audit maps evidence to, with the catalogue's id, version and the SHA-256 of the
 * files it was loaded from (recorded in the attestation, so a reviewer knows which mapping was used).
 */
public record ControlCatalogue(String id, String version, String digest, List<Control> controls) {

    public ControlCatalogue {
        controls = List.copyOf(controls);
    }

    /** The controls of the frameworks given, in catalogue order. */
    public List<Control> of(Collection<Framework> frameworks) {
        Set<Framework> wanted = Set.copyOf(frameworks);
        return controls.stream().filter(c -> wanted.contains(c.framework())).toList();
    }
}
