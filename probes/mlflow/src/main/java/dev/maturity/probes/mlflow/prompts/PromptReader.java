package dev.maturity.probes.mlflow.prompts;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.MlflowLocation;
import dev.maturity.core.model.Strength;
import dev.maturity.probes.mlflow.client.MlflowHttp;
import dev.maturity.probes.mlflow.client.MlflowReadException;
import dev.maturity.probes.mlflow.registry.RegistryReader;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlflow.api.proto.ModelRegistry;

/**
 * Reads the MLflow 3 prompt registry. Plain registry searches leave prompts out, so prompts and
 * their versions are searched by the {@code mlflow.prompt.is_prompt} tag, one paged list each.
 */
public final class PromptReader {

    static final String PROMPT_FILTER = "tags.`" + PromptVersion.IS_PROMPT + "` = 'true'";

    private final MlflowHttp http;

    public PromptReader(MlflowHttp http) {
        this.http = http;
    }

    public List<PromptVersion> read() throws MlflowReadException {
        Set<String> prompts = RegistryReader.searchModels(http, PROMPT_FILTER).stream()
                .map(ModelRegistry.RegisteredModel::getName).collect(Collectors.toSet());
        if (prompts.isEmpty()) {
            return List.of();
        }
        return RegistryReader.searchVersions(http, PROMPT_FILTER).stream()
                .filter(v -> prompts.contains(v.message().getName()))
                .map(v -> version(v.message(), v.digest())).toList();
    }

    private PromptVersion version(ModelRegistry.ModelVersion v, String digest) {
        String text = tag(v, PromptVersion.TEXT);
        List<String> runs = Arrays.stream(tag(v, PromptVersion.ASSOCIATED_RUNS).split("[\\s,\\[\\]\"']+"))
                .filter(s -> !s.isBlank()).distinct().toList();
        Evidence ev = new Evidence(MlflowLocation.modelVersion(http.server().uri(), v.getName(), v.getVersion(), null),
                Strength.LIVE, digest, "prompt version " + v.getName() + "/" + v.getVersion()
                + (runs.isEmpty() ? ", no linked runs" : ", linked to " + runs.size() + " run(s)"));
        return new PromptVersion(v.getName(), v.getVersion(), !text.isBlank(), runs, v.getCreationTimestamp(), ev);
    }

    private static String tag(ModelRegistry.ModelVersion v, String key) {
        return v.getTagsList().stream().filter(t -> t.getKey().equals(key)).map(ModelRegistry.ModelVersionTag::getValue)
                .findFirst().orElse("");
    }
}
