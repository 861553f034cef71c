package dev.maturity.core.render;

/** How much to say: {@code verbose} lists every criterion with its evidence locators. */
public record RenderOptions(boolean verbose) {
    public static final RenderOptions DEFAULT = new RenderOptions(false);
}
