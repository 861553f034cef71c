package dev.maturity.probes.git.code;

import static dev.maturity.probes.git.code.Rule.gated;
import static dev.maturity.probes.git.code.Rule.of;
import static dev.maturity.probes.git.code.Signal.APP_TELEMETRY;
import static dev.maturity.probes.git.code.Signal.BUILD_PROVENANCE;
import static dev.maturity.probes.git.code.Signal.CLASSICAL_TRAINING;
import static dev.maturity.probes.git.code.Signal.COST_BY_FEATURE;
import static dev.maturity.probes.git.code.Signal.DATASET_LINEAGE;
import static dev.maturity.probes.git.code.Signal.DATA_QUALITY;
import static dev.maturity.probes.git.code.Signal.DRIFT;
import static dev.maturity.probes.git.code.Signal.EVALUATION;
import static dev.maturity.probes.git.code.Signal.EVAL_METRICS;
import static dev.maturity.probes.git.code.Signal.FAIRNESS;
import static dev.maturity.probes.git.code.Signal.GENAI_TELEMETRY;
import static dev.maturity.probes.git.code.Signal.LLM_SDK;
import static dev.maturity.probes.git.code.Signal.MODEL_DEPLOY;
import static dev.maturity.probes.git.code.Signal.MODEL_PROMOTION;
import static dev.maturity.probes.git.code.Signal.RED_TEAM;
import static dev.maturity.probes.git.code.Signal.REGISTRY;
import static dev.maturity.probes.git.code.Signal.RETRIEVAL;
import static dev.maturity.probes.git.code.Signal.SERVING;
import static dev.maturity.probes.git.code.Signal.SERVING_METRICS;
import static dev.maturity.probes.git.code.Signal.SKEW;
import static dev.maturity.probes.git.code.Signal.TRACKER;

import java.util.List;

/**
 * The patterns that recognise each tool, per {@link Signal}. Python imports are anchored at the
 * start of a line; JavaScript/TypeScript imports match the quoted module name; Java/Scala match
 * the package; Go matches the module path.
 */
final class SignalRules {

    private static final String PY = "^[ \\t]*(?:from|import)[ \\t]+";
    private static final String JS = "(?:from\\s+|require\\(\\s*|import\\(\\s*)['\"]";
    /** An HTTP client used in the file: Python requests/httpx/aiohttp/urllib, JS fetch/axios, Go net/http, JVM clients. */
    private static final String HTTP_CLIENT = "\\b(?:requests|httpx|aiohttp|urllib3?|axios|fetch|net/http|HttpClient|OkHttpClient|WebClient|RestTemplate)\\b";

    static final List<Rule> ALL = List.of(
            // experiment tracking
            of(TRACKER, "mlflow", "mlflow", "mlflow\\.(?:log_\\w+|autolog|start_run|set_experiment|\\w+\\.autolog|\\w+\\.log_model)\\s*\\("),
            of(TRACKER, "mlflow", "mlflow", "import\\s+org\\.mlflow\\.tracking|new\\s+MlflowClient\\s*\\("),
            of(TRACKER, "wandb", "wandb", "wandb\\.(?:init|log)\\s*\\("),
            of(TRACKER, "neptune", "neptune", "neptune\\.init_run\\s*\\("),
            of(TRACKER, "comet", "comet_ml", PY + "comet_ml\\b"),
            of(TRACKER, "clearml", "clearml", "Task\\.init\\s*\\("),
            of(TRACKER, "mlflow", "MLflowLogger", "\\bMLflowLoggerCallback\\s*\\("),
            of(TRACKER, "mlflow", "MLFlowLogger", "\\bMLFlowLogger\\s*\\("),
            of(TRACKER, "wandb", "Wandb", "\\bWandb(?:Logger|Callback|MetricsLogger)\\s*\\("),
            gated(TRACKER, "dvclive", "dvclive", PY + "dvclive\\b", "\\bLive\\s*\\(|\\bDVCLiveLogger\\s*\\("),
            of(TRACKER, "vertex-experiments", "aiplatform", "aiplatform\\.(?:init\\s*\\([^)]*\\bexperiment\\s*=|start_run\\s*\\(|log_params\\s*\\(|log_metrics\\s*\\()"),
            gated(TRACKER, "azureml", "azureml", PY + "azureml\\.core\\b", "\\bRun\\.get_context\\s*\\(|\\bexperiment\\.submit\\s*\\("),
            // classical training: the library imported, a training call made
            gated(CLASSICAL_TRAINING, "sklearn", "sklearn", PY + "sklearn\\b", "\\.fit\\s*\\("),
            gated(CLASSICAL_TRAINING, "xgboost", "xgboost", PY + "xgboost\\b", "\\.fit\\s*\\(|\\bxgb(?:oost)?\\.train\\s*\\("),
            gated(CLASSICAL_TRAINING, "lightgbm", "lightgbm", PY + "lightgbm\\b", "\\.fit\\s*\\(|\\blgbm?\\.train\\s*\\(|lightgbm\\.train\\s*\\("),
            gated(CLASSICAL_TRAINING, "catboost", "catboost", PY + "catboost\\b", "\\.fit\\s*\\("),
            gated(CLASSICAL_TRAINING, "torch", "torch", PY + "torch\\b", "optim\\w*\\.step\\(\\s*\\)"),
            gated(CLASSICAL_TRAINING, "lightning", "lightning", PY + "(?:pytorch_)?lightning\\b", "\\btrainer\\.fit\\s*\\("),
            gated(CLASSICAL_TRAINING, "keras", "keras", PY + "(?:tensorflow|keras|tf_keras)\\b", "\\.fit\\s*\\("),
            gated(CLASSICAL_TRAINING, "transformers", "Trainer", PY + "transformers\\s+import\\s+.*\\bTrainer\\b",
                    "\\btrainer\\.train\\s*\\("),
            gated(CLASSICAL_TRAINING, "spark-ml", "spark.ml", "import\\s+org\\.apache\\.spark\\.ml\\b|" + PY + "pyspark\\.ml\\b",
                    "\\.fit\\s*\\("),
            // managed training jobs: SageMaker estimators and pipeline steps, Vertex AI training jobs
            gated(CLASSICAL_TRAINING, "sagemaker", "sagemaker", PY + "sagemaker\\b",
                    "\\b(?:Estimator|XGBoost|SKLearn|PyTorch|TensorFlow|HuggingFace)\\s*\\(|\\bTrainingStep\\s*\\("),
            of(CLASSICAL_TRAINING, "sagemaker", "create_training_job", "\\.create_training_job\\s*\\("),
            gated(CLASSICAL_TRAINING, "vertex-ai", "aiplatform", PY + "google\\.cloud\\s+import\\s+aiplatform\\b|" + PY + "google\\.cloud\\.aiplatform\\b",
                    "\\bCustom(?:Container|Python\\w*)?(?:Training)?Job\\s*\\(|\\bAutoML\\w*TrainingJob\\s*\\("),
            // LLM SDKs and frameworks
            of(LLM_SDK, "openai", "openai", PY + "openai\\b|" + JS + "openai['\"]|import\\s+com\\.openai\\.|github\\.com/(?:openai/openai-go|sashabaranov/go-openai)"),
            of(LLM_SDK, "anthropic", "anthropic", PY + "anthropic\\b|" + JS + "@anthropic-ai/sdk['\"]|import\\s+com\\.anthropic\\.|github\\.com/anthropics/anthropic-sdk-go"),
            of(LLM_SDK, "langchain", "langchain", PY + "langchain(?:_\\w+)?\\b|" + JS + "@?langchain|import\\s+dev\\.langchain4j\\."),
            of(LLM_SDK, "llama_index", "llama", PY + "llama_index\\b|" + JS + "llamaindex"),
            of(LLM_SDK, "litellm", "litellm", PY + "litellm\\b"),
            of(LLM_SDK, "vllm", "vllm", PY + "vllm\\b"),
            of(LLM_SDK, "google-genai", "genai", PY + "google(?:\\s+import\\s+genai\\b|\\.generativeai\\b|\\.genai\\b)|" + JS + "@google/genai"),
            of(LLM_SDK, "bedrock", "bedrock", "client\\(\\s*['\"]bedrock-runtime['\"]|@aws-sdk/client-bedrock-runtime"),
            of(LLM_SDK, "spring-ai", "springframework.ai", "import\\s+org\\.springframework\\.ai\\."),
            of(LLM_SDK, "mistralai", "mistral", PY + "mistralai\\b|" + JS + "@mistralai/mistralai['\"]"),
            of(LLM_SDK, "cohere", "cohere", PY + "cohere\\b|" + JS + "cohere-ai['\"]"),
            of(LLM_SDK, "groq", "groq", PY + "groq\\b|" + JS + "groq-sdk['\"]"),
            of(LLM_SDK, "ollama", "ollama", PY + "ollama\\b|" + JS + "ollama(?:/browser)?['\"]"),
            of(LLM_SDK, "vercel-ai", "@ai-sdk/", JS + "@ai-sdk/[\\w-]+['\"]"),
            // OpenAI-compatible (and Anthropic) endpoints called over plain HTTP: a client library and the path
            gated(LLM_SDK, "openai-compatible-http", "completions", HTTP_CLIENT,
                    "['\"`][^'\"`\\s]*/(?:v1/)?chat/completions\\b|['\"`][^'\"`\\s]*/v1/completions\\b"),
            gated(LLM_SDK, "anthropic-http", "anthropic.com", HTTP_CLIENT, "api\\.anthropic\\.com/v1/messages\\b"),
            of(LLM_SDK, "transformers", "pipeline(", "pipeline\\(\\s*(?:task\\s*=\\s*)?['\"](?:text-generation|text2text-generation|conversational)['\"]"),
            // retrieval: embeddings and vector stores
            of(RETRIEVAL, "openai-embeddings", "embeddings", "embeddings\\.create\\s*\\("),
            of(RETRIEVAL, "sentence-transformers", "sentence_transformers", PY + "sentence_transformers\\b"),
            of(RETRIEVAL, "faiss", "faiss", PY + "faiss\\b"),
            of(RETRIEVAL, "chroma", "chroma", PY + "chromadb\\b|" + JS + "chromadb['\"]|\\bChroma(?:\\.from_\\w+)?\\s*\\("),
            of(RETRIEVAL, "pgvector", "pgvector", PY + "pgvector\\b|" + JS + "pgvector|\\bPGVector\\s*\\("),
            of(RETRIEVAL, "pinecone", "pinecone", PY + "pinecone\\b|" + JS + "@pinecone-database/"),
            of(RETRIEVAL, "qdrant", "qdrant", PY + "qdrant_client\\b|" + JS + "@qdrant/"),
            of(RETRIEVAL, "weaviate", "weaviate", PY + "weaviate\\b|" + JS + "weaviate"),
            of(RETRIEVAL, "milvus", "milvus", PY + "pymilvus\\b"),
            of(RETRIEVAL, "llama_index", "VectorStoreIndex", "\\bVectorStoreIndex\\b"),
            of(RETRIEVAL, "embeddings-class", "mbed", "\\w+Embeddings?\\s*\\(|\\.embed_(?:documents|query)\\s*\\("),
            // OpenTelemetry GenAI semantic conventions and instrumentations that emit them
            of(GENAI_TELEMETRY, "otel-genai", "gen_ai", "gen_ai\\.(?:usage\\.(?:input|output)_tokens|request\\.model|response\\.model|provider\\.name|system|client\\.token\\.usage|client\\.operation\\.duration)"),
            of(GENAI_TELEMETRY, "otel-genai", "GEN_AI_", "\\bGEN_AI_(?:USAGE_(?:INPUT|OUTPUT)_TOKENS|REQUEST_MODEL|PROVIDER_NAME|SYSTEM)\\b"),
            of(GENAI_TELEMETRY, "traceloop", "traceloop", PY + "traceloop\\b|" + JS + "@traceloop/|Traceloop\\.init\\s*\\("),
            of(GENAI_TELEMETRY, "openllmetry", "Instrumentor", PY + "opentelemetry\\.instrumentation\\.(?:openai|anthropic|langchain|bedrock|llamaindex|vertexai|cohere)\\b"),
            of(GENAI_TELEMETRY, "openlit", "openlit", PY + "openlit\\b|openlit\\.init\\s*\\("),
            of(GENAI_TELEMETRY, "mlflow-tracing", "mlflow", "mlflow\\.(?:openai|anthropic|langchain|litellm|bedrock|gemini)\\.autolog\\s*\\("),
            // token or cost metrics labelled with the product feature that spent them
            gated(COST_BY_FEATURE, "span-attribute", "token",
                    "gen_ai\\.usage|input_tokens|output_tokens|prompt_tokens|completion_tokens|total_tokens|token_usage|\\bcost\\b",
                    "set_attributes?\\s*\\(\\s*\\{?\\s*['\"][\\w.]*feature[\\w.]*['\"]|setAttribute\\s*\\(\\s*['\"][\\w.]*feature[\\w.]*['\"]"),
            gated(COST_BY_FEATURE, "metric-label", "token",
                    "input_tokens|output_tokens|prompt_tokens|completion_tokens|total_tokens|token_usage|\\bcost",
                    "\\.labels\\s*\\([^)]*\\bfeature\\w*\\s*=|\\.add\\s*\\([^)]*['\"][\\w.]*feature[\\w.]*['\"]\\s*:|['\"][\\w.]*feature[\\w.]*['\"]\\s*:\\s*\\w+.*(?:tokens|cost)|(?:tokens|cost).*['\"][\\w.]*feature[\\w.]*['\"]\\s*:"),
            gated(COST_BY_FEATURE, "litellm-metadata", "litellm", PY + "litellm\\b",
                    "metadata\\s*=\\s*\\{[^}]*['\"](?:feature|product_feature|use_case)['\"]"),
            // serving frameworks and their metrics
            of(SERVING, "fastapi", "fastapi", PY + "fastapi\\b"),
            of(SERVING, "flask", "flask", PY + "flask\\b"),
            of(SERVING, "bentoml", "bentoml", PY + "bentoml\\b"),
            of(SERVING, "ray-serve", "from ray", PY + "ray\\s+import\\s+serve\\b"),
            of(SERVING, "ray-serve", "ray.serve", PY + "ray\\.serve\\b"),
            of(SERVING, "kserve", "kserve", PY + "kserve\\b"),
            of(SERVING, "litserve", "litserve", PY + "litserve\\b"),
            of(SERVING, "falcon", "falcon", PY + "falcon(?:\\s|$|\\.asgi\\b)"),
            of(SERVING, "aiohttp-web", "aiohttp", PY + "aiohttp\\s+import\\s+web\\b|" + PY + "aiohttp\\.web\\b"),
            of(SERVING, "starlette", "starlette", PY + "starlette\\.applications\\b"),
            of(SERVING, "sanic", "sanic", PY + "sanic\\b"),
            of(SERVING, "tornado", "tornado", PY + "tornado\\.web\\b|" + PY + "tornado\\s+import\\s+web\\b"),
            of(SERVING, "quart", "quart", PY + "quart\\b"),
            of(SERVING, "litestar", "litestar", PY + "litestar\\b"),
            of(SERVING, "express", "\"express\"", JS + "express['\"]"),
            of(SERVING, "express", "'express'", JS + "express['\"]"),
            of(SERVING, "spring-web", "RestController", "@RestController\\b"),
            of(SERVING, "go-http", "ListenAndServe", "http\\.ListenAndServe\\s*\\("),
            of(SERVING_METRICS, "prometheus_client", "prometheus", PY + "prometheus_client\\b|" + PY + "prometheus_fastapi_instrumentator\\b"),
            of(SERVING_METRICS, "micrometer", "micrometer", "import\\s+io\\.micrometer\\."),
            of(SERVING_METRICS, "opentelemetry-metrics", "opentelemetry", PY + "opentelemetry\\s+import\\s+metrics\\b|\\bmetrics\\.get_meter\\s*\\("),
            of(SERVING_METRICS, "prom-client", "prom-client", JS + "prom-client['\"]"),
            of(SERVING_METRICS, "client_golang", "client_golang", "github\\.com/prometheus/client_golang"),
            // data quality, fairness, drift, skew
            of(DATA_QUALITY, "great_expectations", "great_expectations", PY + "great_expectations\\b"),
            of(DATA_QUALITY, "soda", "soda", PY + "soda\\.scan\\b|" + PY + "soda\\b"),
            of(DATA_QUALITY, "pandera", "pandera", PY + "pandera\\b"),
            of(DATA_QUALITY, "deequ", "deequ", PY + "pydeequ\\b|import\\s+com\\.amazon\\.deequ\\."),
            of(FAIRNESS, "fairlearn", "fairlearn", PY + "fairlearn\\b"),
            of(FAIRNESS, "aif360", "aif360", PY + "aif360\\b"),
            of(DRIFT, "evidently", "evidently", PY + "evidently\\b"),
            of(DRIFT, "whylogs", "whylogs", PY + "whylogs\\b"),
            of(DRIFT, "nannyml", "nannyml", PY + "nannyml\\b"),
            of(DRIFT, "alibi-detect", "alibi_detect", PY + "alibi_detect\\b"),
            of(SKEW, "tfdv", "serving_statistics", "serving_statistics\\s*="),
            of(SKEW, "tfdv", "skew_comparator", "skew_comparator"),
            of(SKEW, "custom", "skew", "(?i)training[_-]serving[_-]skew|\\bdetect_skew\\s*\\(|\\bcompute_skew\\s*\\("),
            // evaluation and red-teaming
            of(EVALUATION, "deepeval", "deepeval", PY + "deepeval\\b"),
            of(EVALUATION, "ragas", "ragas", PY + "ragas\\b"),
            of(EVALUATION, "inspect_ai", "inspect_ai", PY + "inspect_ai\\b"),
            of(EVALUATION, "lm_eval", "lm_eval", PY + "lm_eval\\b"),
            of(EVALUATION, "mlflow", "mlflow", "mlflow\\.(?:genai\\.)?evaluate\\s*\\("),
            of(EVALUATION, "langsmith", "langsmith", PY + "langsmith(?:\\.evaluation)?\\s+import\\s+.*\\bevaluate\\b|" + JS + "langsmith/evaluation['\"]"),
            of(RED_TEAM, "garak", "garak", PY + "garak\\b|-m\\s+garak\\b"),
            of(RED_TEAM, "pyrit", "pyrit", PY + "pyrit\\b"),
            of(RED_TEAM, "promptfoo", "redteam", "promptfoo\\s+redteam\\b"),
            // models registered by the code that trains them
            of(REGISTRY, "mlflow", "mlflow", "mlflow\\.register_model\\s*\\("),
            of(REGISTRY, "mlflow", "registered_model_name", "\\bregistered_model_name\\s*=\\s*[^\\s,)]"),
            gated(REGISTRY, "mlflow", "_version", "mlflow", "\\.create_model_version\\s*\\("),
            gated(REGISTRY, "wandb", "wandb", PY + "wandb\\b", "\\.log_model\\s*\\(|\\.link_model\\s*\\(|wandb\\.Artifact\\s*\\([^)]*type\\s*=\\s*['\"]model['\"]"),
            gated(REGISTRY, "huggingface", "push_to_hub", PY + "(?:transformers|huggingface_hub|datasets|sentence_transformers)\\b", "\\.push_to_hub\\s*\\("),
            of(REGISTRY, "vertex", "ModelUploadOp", "\\bModelUploadOp\\s*\\("),
            gated(REGISTRY, "vertex", "upload", PY + "google\\.cloud(?:\\.aiplatform)?\\s+import\\s+aiplatform\\b|" + PY + "google\\.cloud\\.aiplatform\\b",
                    "\\bModel\\.upload(?:_\\w+)?\\s*\\("),
            gated(REGISTRY, "azureml", "register", PY + "azureml\\.core\\b", "\\bModel\\.register\\s*\\(|\\.register_model\\s*\\("),
            gated(REGISTRY, "azureml", "models.create_or_update", PY + "azure\\.ai\\.ml\\b", "\\.models\\.create_or_update\\s*\\("),
            gated(REGISTRY, "sagemaker", "sagemaker", PY + "sagemaker\\b", "\\bRegisterModel\\s*\\(|\\.create_model_package\\s*\\(|\\bModelPackage\\s*\\("),
            gated(REGISTRY, "zenml", "Model(", PY + "zenml\\b", "\\bmodel\\s*=\\s*Model\\s*\\(|^\\s*\\w+\\s*=\\s*Model\\s*\\(\\s*\\n?\\s*name\\s*="),
            gated(REGISTRY, "tfx", "Pusher", PY + "tfx\\b", "\\bPusher\\s*\\("),
            gated(BUILD_PROVENANCE, "build-ref", "egister", "register_model\\s*\\(|registered_model_name\\s*=|Model\\.register\\s*\\(|\\.models\\.create_or_update\\s*\\(",
                    "(?i)github_sha|ci_commit_sha|build_sourceversion|git_commit|git_sha|commit_sha|source\\.git\\.commit|build_?id|build_?uri|rev-parse"),
            // evaluation metrics recorded where the run keeps them
            of(EVAL_METRICS, "mlflow", "mlflow", "mlflow\\.(?:log_metrics?|evaluate|models\\.evaluate|genai\\.evaluate)\\s*\\("),
            gated(EVAL_METRICS, "mlflow", "log_metric", PY + "mlflow\\b", "\\bclient\\.log_metric\\s*\\(|\\.log_batch\\s*\\("),
            gated(EVAL_METRICS, "dvclive", "dvclive", PY + "dvclive\\b", "\\.log_metric\\s*\\(|\\.log_sklearn_plot\\s*\\(|\\.summary\\s*\\["),
            of(EVAL_METRICS, "wandb", "wandb", "wandb\\.log\\s*\\(|wandb\\.summary\\b|\\brun\\.summary\\s*\\["),
            gated(EVAL_METRICS, "lightning", "self.log", PY + "(?:pytorch_)?lightning\\b",
                    "self\\.log(?:_dict)?\\s*\\(\\s*(?:f?['\"](?:val|valid|test)|\\{)"),
            gated(EVAL_METRICS, "azureml", "run.log", PY + "azureml\\.core\\b", "\\brun\\.log(?:_list|_row|_table)?\\s*\\("),
            gated(EVAL_METRICS, "kfp", "log_metric", PY + "kfp\\b", "\\.log_metric\\s*\\("),
            of(EVAL_METRICS, "vertex", "aiplatform", "aiplatform\\.log_metrics\\s*\\("),
            gated(EVAL_METRICS, "tfx", "Evaluator", PY + "tfx\\b", "\\bEvaluator\\s*\\("),
            gated(EVAL_METRICS, "zenml", "metadata", PY + "zenml\\b", "\\blog_(?:model_|artifact_|step_)?metadata\\s*\\("),
            gated(EVAL_METRICS, "neptune", "neptune", PY + "neptune\\b", "\\[\\s*['\"][\\w/]*(?:metric|score|acc|loss|auc|f1)[\\w/]*['\"]\\s*\\]\\s*(?:=|\\.(?:log|append))"),
            gated(EVAL_METRICS, "metrics-file", "metric",
                    PY + "(?:sklearn\\.metrics|torchmetrics|evaluate)\\b|" + PY + "sklearn\\s+import\\s+[^\\n]*\\bmetrics\\b|json\\.dump",
                    "\\b\\w*(?:save|dump|write)\\w*\\s*\\([^)\\n]*\\bmetrics?\\b|['\"][\\w./-]*metrics[\\w./-]*\\.json['\"]"),
            of(EVAL_METRICS, "tracker-callback", "Logger", "\\b(?:MLflowLoggerCallback|MLFlowLogger|WandbLogger|WandbLoggerCallback|DVCLiveLogger|NeptuneLogger|CometLogger)\\s*\\("),
            of(EVAL_METRICS, "tracker-callback", "Callback", "\\b(?:WandbCallback|MlflowCallback|DVCLiveCallback)\\s*\\("),
            // training data recorded with its version
            of(DATASET_LINEAGE, "mlflow", "mlflow", "mlflow\\.(?:log_input|data\\.from_\\w+)\\s*\\("),
            gated(DATASET_LINEAGE, "wandb", "wandb", PY + "wandb\\b",
                    "\\.use_artifact\\s*\\(|wandb\\.Artifact\\s*\\([^)]*type\\s*=\\s*['\"](?:dataset|data|raw_data|raw-data)['\"]"),
            gated(DATASET_LINEAGE, "azureml", "Dataset", PY + "azureml\\.core\\b",
                    "\\bDataset\\.get_by_(?:name|id)\\s*\\(|\\.register\\s*\\(\\s*(?:workspace|ws)\\s*=|create_new_version\\s*=\\s*True"),
            of(DATASET_LINEAGE, "dvc", "dvc.api", "dvc\\.api\\.(?:open|read|get_url)\\s*\\([^)]*\\brev\\s*="),
            // models deployed or promoted by code
            of(MODEL_DEPLOY, "vertex", "Op", "\\b(?:ModelDeployOp|EndpointCreateOp)\\s*\\("),
            gated(MODEL_DEPLOY, "vertex", "deploy", PY + "google\\.cloud(?:\\.aiplatform)?\\s+import\\s+aiplatform\\b|" + PY + "google\\.cloud\\.aiplatform\\b",
                    "\\.deploy\\s*\\(\\s*(?:endpoint|deployed_model_display_name|machine_type|traffic_split)\\s*="),
            gated(MODEL_DEPLOY, "sagemaker", "sagemaker", PY + "sagemaker\\b|boto3",
                    "\\.deploy\\s*\\(\\s*(?:initial_instance_count|instance_type|endpoint_name)|\\.create_endpoint\\s*\\(|\\.update_endpoint\\s*\\("),
            gated(MODEL_DEPLOY, "azureml", "deploy", PY + "azureml\\.core\\b|" + PY + "azure\\.ai\\.ml\\b",
                    "\\bModel\\.deploy\\s*\\(|\\.online_deployments\\.begin_create_or_update\\s*\\("),
            of(MODEL_DEPLOY, "mlflow", "deploy", "mlflow\\.sagemaker\\.deploy\\s*\\(|get_deploy_client\\s*\\([^)]*\\)\\s*\\.\\s*create_(?:deployment|endpoint)\\s*\\(|\\bmlflow_model_deployer_step\\s*\\("),
            of(MODEL_PROMOTION, "mlflow", "mlflow", "\\.(?:set_registered_model_alias|transition_model_version_stage)\\s*\\("),
            gated(MODEL_PROMOTION, "zenml", "stage", PY + "zenml\\b", "\\.set_stage\\s*\\(|\\bModelStages\\.(?:PRODUCTION|STAGING)\\b"),
            // telemetry of a running service
            of(APP_TELEMETRY, "opentelemetry", "opentelemetry",
                    PY + "opentelemetry\\.(?:sdk|instrumentation|exporter)\\b|" + JS + "@opentelemetry/(?:sdk|instrumentation|exporter)"),
            of(APP_TELEMETRY, "azure-monitor", "azure", "configure_azure_monitor\\s*\\(|" + PY + "opencensus\\.ext\\.azure\\b|" + PY + "applicationinsights\\b"),
            of(APP_TELEMETRY, "sentry", "entry", "sentry_sdk\\.init\\s*\\(|Sentry\\.init\\s*\\("),
            of(APP_TELEMETRY, "datadog", "ddtrace", PY + "ddtrace\\b|" + JS + "dd-trace['\"]"),
            of(APP_TELEMETRY, "langfuse", "langfuse", PY + "langfuse\\b|" + JS + "langfuse"),
            of(APP_TELEMETRY, "langsmith", "traceable", PY + "langsmith\\s+import\\s+[^\\n]*\\btraceable\\b|@traceable\\b"),
            of(APP_TELEMETRY, "weave", "weave", "\\bweave\\.init\\s*\\("),
            of(APP_TELEMETRY, "prometheus", "prometheus", PY + "prometheus_client\\b|" + PY + "prometheus_fastapi_instrumentator\\b|" + PY + "starlette_exporter\\b"));

    private SignalRules() {
    }
}
