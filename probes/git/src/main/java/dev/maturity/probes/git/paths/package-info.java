/** Which repository paths are ML paths (prompts, training, eval, deploy, data config, docs), by configurable globs. */
package dev.maturity.probes.git.paths;
