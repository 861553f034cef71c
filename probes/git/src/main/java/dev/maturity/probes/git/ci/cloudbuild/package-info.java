/** Google Cloud Build: build steps, and the trigger definitions a repository keeps, read into CI jobs. */
package dev.maturity.probes.git.ci.cloudbuild;
