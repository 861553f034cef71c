/** Telemetry in code: OpenTelemetry GenAI attributes, cost labelled by feature, serving metrics. */
package dev.maturity.probes.git.telemetry;
