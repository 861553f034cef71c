/** GPU queueing: Kueue ClusterQueues and Volcano Queues, and which GPU work they admit. */
package dev.maturity.probes.kubernetes.kueue;
