/** Taskcluster: .taskcluster.yml tasks (through JSON-e, unrendered) and in-tree taskgraph kinds read into CI jobs. */
package dev.maturity.probes.git.ci.taskcluster;
