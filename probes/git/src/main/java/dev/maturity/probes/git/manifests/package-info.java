/** Kubernetes manifests committed to the repository, read as declared resource objects. */
package dev.maturity.probes.git.manifests;
