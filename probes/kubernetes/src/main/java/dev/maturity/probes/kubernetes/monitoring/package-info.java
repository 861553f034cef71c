/** Monitoring of model services: monitors that match them, alert rules on drift, skew, latency, cost, and their routing. */
package dev.maturity.probes.kubernetes.monitoring;
