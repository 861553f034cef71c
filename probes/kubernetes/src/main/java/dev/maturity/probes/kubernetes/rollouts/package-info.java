/** Progressive delivery of model services: canary, shadow, automatic rollback, manual promotion gates. */
package dev.maturity.probes.kubernetes.rollouts;
