/** GoCD: YAML config-repository pipelines read into CI jobs. */
package dev.maturity.probes.git.ci.gocd;
