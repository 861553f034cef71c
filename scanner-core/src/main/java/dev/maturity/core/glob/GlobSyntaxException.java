package dev.maturity.core.glob;

/** A glob that cannot be read; the message names the glob and the problem. */
public final class GlobSyntaxException extends IllegalArgumentException {

    public GlobSyntaxException(String glob, String problem) {
        super("invalid glob '" + glob + "': " + problem);
    }
}
