/** The Kubernetes source: a fabric8-based collector of live objects and the probes that judge them (and committed manifests). */
package dev.maturity.probes.kubernetes;
