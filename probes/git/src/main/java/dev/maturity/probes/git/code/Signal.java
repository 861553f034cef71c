package dev.maturity.probes.git.code;

/** Kinds of tool use recognised in source code; {@link CodeSignal#tool()} names the tool itself. */
public enum Signal {
    /** Experiment tracking calls: mlflow.log_*, mlflow.autolog, wandb.init/log, neptune.init_run. */
    TRACKER,
    /** Classical model training: sklearn/xgboost/lightgbm/catboost fit, torch/keras/tensorflow training loops. */
    CLASSICAL_TRAINING,
    /** LLM SDK or framework use: openai, anthropic, langchain, llama_index, litellm, vllm, transformers pipelines for text generation. */
    LLM_SDK,
    /** Embedding models and vector stores: embeddings APIs, sentence-transformers, faiss, chroma, pgvector, pinecone, qdrant, weaviate. */
    RETRIEVAL,
    /** OpenTelemetry GenAI semantic conventions: gen_ai.usage.input_tokens, gen_ai.request.model, ... */
    GENAI_TELEMETRY,
    /** Cost or token metrics labelled with a product feature. */
    COST_BY_FEATURE,
    /** Model or app serving frameworks: fastapi, flask, bentoml, ray serve, kserve, litserve, express, Spring web, Go net/http. */
    SERVING,
    /** Serving metrics instrumentation: prometheus_client, micrometer, opentelemetry metrics in serving code. */
    SERVING_METRICS,
    /** Data quality checks: great_expectations, soda, pandera, pydeequ/deequ. */
    DATA_QUALITY,
    /** Fairness and bias checks: fairlearn MetricFrame, aif360. */
    FAIRNESS,
    /** Drift and performance monitoring: evidently, whylogs, nannyml, alibi-detect. */
    DRIFT,
    /** Training-serving skew checks (comparing serving to training distributions). */
    SKEW,
    /** Evaluation frameworks in code: deepeval, ragas, inspect_ai, lm_eval, mlflow.evaluate, langsmith evaluate. */
    EVALUATION,
    /** Red-teaming tools: garak, pyrit, promptfoo redteam. */
    RED_TEAM
}
