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
    RED_TEAM,
    /** Models registered or pushed to a registry: mlflow.register_model, W&B model artefacts, Hugging Face push_to_hub, Vertex/Azure ML/SageMaker model registration, ZenML models. */
    REGISTRY,
    /** Evaluation metrics recorded: mlflow.log_metric(s), dvclive, wandb.log, Azure ML run.log, KFP Metrics, TFX Evaluator, ZenML log_metadata, metrics files. */
    EVAL_METRICS,
    /** Model registration code that records the commit or CI build that produced the model (GITHUB_SHA, BuildId, git commit tags). */
    BUILD_PROVENANCE,
    /** Training data recorded with its version: mlflow.log_input, W&B dataset artefacts, Azure ML registered datasets, dvc.api reads at a revision. */
    DATASET_LINEAGE,
    /** Models deployed to serving by code (a pipeline step or script): Vertex ModelDeployOp, SageMaker/Azure ML deploy, MLflow deployments. */
    MODEL_DEPLOY,
    /** Registry-stage deploys: a model version promoted by alias or stage (MLflow aliases/stages, ZenML model stages). */
    MODEL_PROMOTION,
    /** Application telemetry from a service: OpenTelemetry SDK and instrumentations, Azure Monitor, Sentry, Datadog, LLM tracing (Langfuse, LangSmith, Weave). */
    APP_TELEMETRY
}
