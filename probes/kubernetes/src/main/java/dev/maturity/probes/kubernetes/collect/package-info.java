/** Reading a cluster: connection, discovery, paginated lists trimmed to evidence. */
package dev.maturity.probes.kubernetes.collect;
