package dev.maturity.probes.git.paths;

import dev.maturity.core.glob.GlobSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Classifies repository paths into ML path kinds by glob patterns (defaults below; the rubric's
 * parameters {@code paths.<kind>} replace them, e.g. {@code paths.risk_doc}). One instance is
 * cheap to query for every path of a large history: every glob of every kind is one {@link GlobSet}
 * automaton tagged with its kind, so a path is classified in one pass over its characters.
 */
public final class MlPaths {

    public static final Map<PathKind, List<String>> DEFAULTS = defaults();

    /** The kinds of each combination of kind bits, shared and unmodifiable. */
    private static final List<Set<PathKind>> KIND_SETS = kindSets();

    private static final long PROMPT = 1L << PathKind.PROMPT.ordinal();

    private final GlobSet globs;

    /** Every glob of every kind in one automaton, tagged with its kind's bit. */
    public MlPaths(Map<PathKind, List<String>> globs) {
        GlobSet.Builder set = GlobSet.builder();
        globs.forEach((kind, patterns) -> patterns.forEach(g -> set.add(g.toLowerCase(Locale.ROOT), 1L << kind.ordinal())));
        this.globs = set.build();
    }

    /**
     * Matchers already built, by their globs: the same hundred-odd globs are asked for by several
     * extractors and probes of every scan, and compiling them each time showed among the top of
     * a small scan's scoring profile. Few rubrics meet in one process; the least recently used are dropped past 8.
     */
    private static final Map<Map<PathKind, List<String>>, MlPaths> BUILT = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Map<PathKind, List<String>>, MlPaths> eldest) {
                    return size() > 8;
                }
            });

    public static MlPaths defaultPaths() {
        return of(DEFAULTS);
    }

    /** The matcher of these globs, built once per process. */
    public static MlPaths of(Map<PathKind, List<String>> globs) {
        return BUILT.computeIfAbsent(Map.copyOf(globs), MlPaths::new);
    }

    /** Defaults overridden by rubric parameters named {@code paths.<kind>} (lists of globs). */
    public static MlPaths from(Map<String, Object> parameters) {
        Map<PathKind, List<String>> globs = new EnumMap<>(DEFAULTS);
        for (PathKind k : PathKind.values()) {
            Object v = parameters.get("paths." + k.name().toLowerCase(Locale.ROOT));
            if (v instanceof List<?> l) {
                globs.put(k, l.stream().map(String::valueOf).toList());
            }
        }
        if (parameters.get("risk.paths") instanceof List<?> risk) {
            List<String> merged = new ArrayList<>(globs.get(PathKind.RISK_DOC));
            risk.forEach(g -> merged.add(String.valueOf(g)));
            globs.put(PathKind.RISK_DOC, merged);
        }
        return of(globs);
    }

    /** Every kind the path belongs to (empty when it is not an ML path), as an unmodifiable set. */
    public Set<PathKind> classify(String repoPath) {
        String p = normalised(repoPath.toLowerCase(Locale.ROOT));
        long kinds = globs.match(p);
        if ((kinds & PROMPT) != 0 && p.substring(p.lastIndexOf('/') + 1).startsWith("promptfooconfig")) {
            kinds &= ~PROMPT; // a promptfoo suite tests prompts; it is an eval config, not a prompt
        }
        if ((kinds & PROMPT) != 0 && NeverPrompt.matches(repoPath)) {
            kinds &= ~PROMPT; // a workflow, a tool config or a coding assistant's instructions
        }
        return KIND_SETS.get((int) kinds);
    }

    /** As {@code Path.of} reads a path: no doubled or trailing slashes. */
    private static String normalised(String path) {
        if (!path.contains("//") && !path.endsWith("/")) {
            return path;
        }
        String p = path.replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    public boolean is(String repoPath, PathKind kind) {
        return classify(repoPath).contains(kind);
    }

    private static List<Set<PathKind>> kindSets() {
        PathKind[] all = PathKind.values();
        List<Set<PathKind>> sets = new ArrayList<>(1 << all.length);
        for (int bits = 0; bits < 1 << all.length; bits++) {
            Set<PathKind> s = EnumSet.noneOf(PathKind.class);
            for (PathKind k : all) {
                if ((bits & 1L << k.ordinal()) != 0) {
                    s.add(k);
                }
            }
            sets.add(Collections.unmodifiableSet(s));
        }
        return List.copyOf(sets);
    }

    private static Map<PathKind, List<String>> defaults() {
        Map<PathKind, List<String>> m = new LinkedHashMap<>();
        m.put(PathKind.PROMPT, List.of("**.prompty", "*.prompty", "**.prompt", "*.prompt", "prompts/**", "**/prompts/**",
                "**/*prompt*.{yaml,yml,j2,jinja,jinja2,txt,toml}", "*prompt*.{yaml,yml,j2,jinja,jinja2,txt,toml}", "**.prompt.md", "*.prompt.md",
                "**/prompts.py", "prompts.py", "**/*_prompts.py", "*_prompts.py"));
        m.put(PathKind.TRAINING, List.of("train*.py", "**/train*.py", "training/**", "**/training/**", "pipelines/**",
                "**/pipelines/**", "dvc.yaml", "**/dvc.yaml", "mlproject", "**/mlproject", "params.yaml", "**/params.yaml",
                "models/**.py", "**/models/**.py", "src/**/model*.py"));
        m.put(PathKind.EVAL, List.of("evals/**", "**/evals/**", "eval/**", "**/eval/**", "promptfooconfig.{yaml,yml}",
                "**/promptfooconfig.{yaml,yml}", "**/test_*eval*.py", "test_*eval*.py", "**/eval*.py", "eval*.py",
                "**/*_eval*.py", "*_eval*.py", "**/*-eval*.py", "*-eval*.py", "**/*.eval.{ts,js}", "*.eval.{ts,js}"));
        m.put(PathKind.EVAL_DATA, List.of("evals/**.{jsonl,json,csv,yaml,yml}", "**/evals/**.{jsonl,json,csv,yaml,yml}",
                "eval/**.{jsonl,json,csv,yaml,yml}", "**/eval/**.{jsonl,json,csv,yaml,yml}",
                "**/golden*/**", "**/*dataset*.{jsonl,json,csv}", "**/samples.jsonl", "**/testcases/**"));
        m.put(PathKind.DEPLOY, List.of("deploy/**", "**/deploy/**", "k8s/**", "**/k8s/**", "manifests/**", "**/manifests/**",
                "charts/**", "**/charts/**", "helm/**", "**/helm/**", "kustomize/**", "**/kustomization.{yaml,yml}",
                "kustomization.{yaml,yml}", "dockerfile", "**/dockerfile", "**/*.dockerfile", "serving/**", "**/serving/**"));
        m.put(PathKind.DATA_CONFIG, List.of("**.dvc", "*.dvc", "dvc.lock", "**/dvc.lock", "data/**.{yaml,yml}",
                "**/data/**.{yaml,yml}", "**/datacontract*.{yaml,yml}", "datacontract*.{yaml,yml}",
                "feature_store.yaml", "**/feature_store.yaml", "**/features/**.py"));
        m.put(PathKind.MODEL_DOC, List.of("model_card*.md", "**/model_card*.md", "modelcard*.md", "**/modelcard*.md",
                "docs/models/**", "**/docs/models/**", "model-cards/**", "**/model-cards/**", "**/model_cards/**", "model_cards/**"));
        m.put(PathKind.RISK_DOC, List.of("**/risk*assessment*", "risk*assessment*", "**/impact*assessment*",
                "impact*assessment*", "**/*risk-assessment*", "**/aia*.md", "aia*.md", "**/dpia*", "dpia*",
                "governance/risk/**", "**/governance/risk/**"));
        return Map.copyOf(m);
    }
}
