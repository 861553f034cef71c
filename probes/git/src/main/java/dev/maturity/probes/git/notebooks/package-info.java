/** Notebooks as deploy artefacts: Dockerfiles, manifests and deploy jobs that ship or run a .ipynb. */
package dev.maturity.probes.git.notebooks;
