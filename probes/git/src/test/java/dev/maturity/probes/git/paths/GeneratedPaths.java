package dev.maturity.probes.git.paths;

import java.util.Random;

/**
 * Repository paths generated for property tests: segments taken from the words ML path globs look for (prompts,
 * evals, training, deploy, model cards, risk assessments, ...) mixed with random names, upper case, dots,
 * non-ASCII letters, surrogate pairs, line terminators, repeated and trailing slashes.
 */
final class GeneratedPaths {

    private static final String[] WORDS = {"prompts", "prompt", "Prompts", "system.prompty", "a.prompt", "x.prompt.md",
            "user_prompt.yaml", "PROMPT.txt", "prompt-template.j2", "promptfooconfig.yaml", "promptfooconfig.yml",
            "train.py", "train_model.py", "Training", "training", "pipelines", "dvc.yaml", "dvc.lock", "MLproject",
            "params.yaml", "models", "model.py", "model_utils.py", "src", "evals", "eval", "EVAL", "test_eval.py",
            "test_answer_eval.py", "evaluate.py", "rag_eval.py", "my-eval.py", "a.eval.ts", "b.eval.js", "golden",
            "golden_set", "dataset.csv", "my_dataset.jsonl", "samples.jsonl", "testcases", "cases.yaml", "data.json",
            "deploy", "k8s", "manifests", "charts", "helm", "kustomize", "kustomization.yaml", "Dockerfile",
            "api.dockerfile", "serving", "x.dvc", "data", "schema.yml", "datacontract.yaml", "feature_store.yaml",
            "features", "f.py", "model_card.md", "modelcard.md", "docs", "model-cards", "model_cards", "README.md",
            "risk_assessment.md", "impact-assessment.pdf", "ai-risk-assessment.md", "aia-2026.md", "dpia.docx",
            "governance", "risk", "util", "strings.py", "main.go", "index.ts", ".github", "workflows", "ci.yml"};
    private static final String[] ODD = {"é", "İ", "ß", "\uD83D\uDE00", "\n", "\r", "\u2028", "\u0085", " ", ".", "..",
            "{", "}", ",", "[", "]", "*", "?", "\\", "-", "_", "~", "#", "$", "^", "(", ")", "|", "+"};

    private final Random random;

    GeneratedPaths(long seed) {
        this.random = new Random(seed);
    }

    String next() {
        int depth = 1 + random.nextInt(6);
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(50) == 0) {
            sb.append('/');
        }
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                sb.append(random.nextInt(40) == 0 ? "//" : "/");
            }
            sb.append(segment());
        }
        if (random.nextInt(40) == 0) {
            sb.append('/');
        }
        return sb.toString();
    }

    private String segment() {
        int r = random.nextInt(10);
        if (r < 6) {
            String w = WORDS[random.nextInt(WORDS.length)];
            return random.nextInt(8) == 0 ? mutate(w) : w;
        }
        if (r < 8) {
            return WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)];
        }
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(4) == 0 ? ODD[random.nextInt(ODD.length)] : (char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private String mutate(String w) {
        int at = random.nextInt(w.length() + 1);
        String odd = ODD[random.nextInt(ODD.length)];
        return random.nextBoolean() ? w.substring(0, at) + odd + w.substring(at) : w.toUpperCase(java.util.Locale.ROOT);
    }
}
