/** CircleCI: workflows, jobs and commands of .circleci/config.yml (and in-repo continuations of dynamic configuration) read into CI jobs. */
package dev.maturity.probes.git.ci.circleci;
