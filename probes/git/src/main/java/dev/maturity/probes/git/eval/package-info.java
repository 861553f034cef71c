/** Evaluation suites in a repository (promptfoo, DeepEval, OpenAI Evals, Inspect, lm-eval, Ragas, model tests) and the probes over them and the CI that runs them. */
package dev.maturity.probes.git.eval;
