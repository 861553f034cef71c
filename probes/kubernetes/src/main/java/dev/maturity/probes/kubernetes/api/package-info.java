/** The kinds the scanner reads from an API server, each an availability domain. */
package dev.maturity.probes.kubernetes.api;
