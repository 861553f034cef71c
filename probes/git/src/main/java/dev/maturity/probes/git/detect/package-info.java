/** Which tracks apply: classical training and LLM application workloads found in the repository. */
package dev.maturity.probes.git.detect;
