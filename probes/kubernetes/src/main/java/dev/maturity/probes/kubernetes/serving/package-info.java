/** Model services: which workloads serve models (and LLMs), where their models come from, owners and pinned versions. */
package dev.maturity.probes.kubernetes.serving;
