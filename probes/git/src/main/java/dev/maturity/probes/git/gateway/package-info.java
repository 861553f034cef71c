/** LLM gateways (LiteLLM, Portkey) and whether a model or provider swap is a planned procedure. */
package dev.maturity.probes.git.gateway;
