package dev.maturity.probes.kubernetes.serving;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Well-known model-serving images (vLLM, Triton, TGI, MLServer, TorchServe, BentoML, Ray Serve…) and which serve LLMs. */
final class ServingImages {

    private record Runtime(String name, Pattern image, boolean llm) {
    }

    private static final List<Runtime> RUNTIMES = List.of(
            new Runtime("vllm", Pattern.compile("(^|/)vllm[^/]*(:|@|$)|/vllm-openai"), true),
            new Runtime("tgi", Pattern.compile("text-generation-inference"), true),
            new Runtime("sglang", Pattern.compile("(^|/)sglang"), true),
            new Runtime("ollama", Pattern.compile("(^|/)ollama(:|@|$)"), true),
            new Runtime("llama.cpp", Pattern.compile("llama\\.?cpp"), true),
            new Runtime("nim", Pattern.compile("nvcr\\.io/nim/"), true),
            new Runtime("lmdeploy", Pattern.compile("lmdeploy"), true),
            new Runtime("triton", Pattern.compile("tritonserver"), false),
            new Runtime("mlserver", Pattern.compile("(^|/)mlserver(:|@|$)|seldonio/mlserver"), false),
            new Runtime("torchserve", Pattern.compile("torchserve"), false),
            new Runtime("bentoml", Pattern.compile("bentoml"), false),
            new Runtime("tensorflow-serving", Pattern.compile("tensorflow/serving"), false),
            new Runtime("kserve", Pattern.compile("kserve/[a-z]+server"), false),
            new Runtime("seldon", Pattern.compile("seldonio/"), false));

    private static final Pattern RAY = Pattern.compile("rayproject/ray");

    private ServingImages() {
    }

    /** The runtime an image (with its command line) is, or null. */
    static String runtime(String image, List<String> commandLine) {
        String img = image.toLowerCase(Locale.ROOT);
        for (Runtime r : RUNTIMES) {
            if (r.image().matcher(img).find()) {
                return r.name().equals("triton") && img.contains("trtllm") ? "triton-trtllm" : r.name();
            }
        }
        if (RAY.matcher(img).find() && commandLine.stream().anyMatch(a -> a.contains("serve"))) {
            return "ray-serve";
        }
        return null;
    }

    static boolean llmRuntime(String runtime) {
        return runtime != null && (runtime.equals("triton-trtllm")
                || RUNTIMES.stream().anyMatch(r -> r.name().equals(runtime) && r.llm()));
    }
}
