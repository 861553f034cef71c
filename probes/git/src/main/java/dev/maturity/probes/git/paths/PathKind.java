package dev.maturity.probes.git.paths;

/** What an ML path holds; the rubric's "ML paths" are all of these. */
public enum PathKind {
    PROMPT, TRAINING, EVAL, EVAL_DATA, DEPLOY, DATA_CONFIG, MODEL_DOC, RISK_DOC
}
