package dev.maturity.probes.git.gateway;

/** LLM gateways whose routing config the scanner reads. */
public enum GatewayKind {
    /** LiteLLM proxy {@code config.yaml}: {@code model_list}, {@code router_settings} / {@code litellm_settings} fallbacks. */
    LITELLM,
    /** Portkey config: {@code strategy.mode} with {@code targets[]}. */
    PORTKEY
}
