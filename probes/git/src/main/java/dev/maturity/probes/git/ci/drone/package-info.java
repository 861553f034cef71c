/** Drone and Woodpecker: container pipelines and workflows read into CI jobs. */
package dev.maturity.probes.git.ci.drone;
