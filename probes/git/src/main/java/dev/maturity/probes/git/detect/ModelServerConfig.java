package dev.maturity.probes.git.detect;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;

/**
 * A model server's configuration for one model kept in the repository, e.g. a Triton Inference
 * Server model config ({@code config.pbtxt}) naming its backend and tensors.
 *
 * @param server  {@code triton}
 * @param backend the runtime that serves the model ({@code onnxruntime}, {@code tensorflow_savedmodel},
 *                {@code python}, {@code vllm}, ...)
 */
public record ModelServerConfig(String repo, String path, String server, String backend, Evidence evidence) implements Fact {

    /** Backends that serve large language models (vLLM, TensorRT-LLM): LLM serving, not a classical model. */
    public boolean llm() {
        return backend.equals("vllm") || backend.startsWith("tensorrtllm") || backend.equals("trtllm");
    }
}
