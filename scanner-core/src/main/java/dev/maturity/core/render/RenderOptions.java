package dev.maturity.core.render;

import dev.maturity.core.gate.GateResult;
import java.util.Objects;

/**
 * How much to say: {@code verbose} lists every criterion with its evidence locators; {@code gate}
 * is the CI gate's verdict (floors, violations) for formats that show it.
 */
public record RenderOptions(boolean verbose, GateResult gate) {

    public static final RenderOptions DEFAULT = new RenderOptions(false);

    public RenderOptions {
        Objects.requireNonNull(gate, "gate");
    }

    public RenderOptions(boolean verbose) {
        this(verbose, GateResult.NONE);
    }
}
