/** Bitbucket Pipelines: default, branch, pull-request, tag and custom pipelines read into CI jobs. */
package dev.maturity.probes.git.ci.bitbucket;
