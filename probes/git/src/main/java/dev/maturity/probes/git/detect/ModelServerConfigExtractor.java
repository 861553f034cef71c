package dev.maturity.probes.git.detect;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.code.Sources;
import dev.maturity.probes.git.docs.TextLines;
import dev.maturity.probes.git.prompts.TestFiles;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Triton Inference Server model configs ({@code .pbtxt} text protos with a {@code platform}
 * or {@code backend} and {@code input}/{@code output} tensors). A TFDV schema or any other text
 * proto without tensors is not a model config. Test data is left out.
 */
public final class ModelServerConfigExtractor implements Extractor {

    private static final Pattern RUNTIME = Pattern.compile("(?m)^[ \\t]*(?:platform|backend)[ \\t]*:\\s*\"([\\w.-]+)\"");
    private static final Pattern TENSORS = Pattern.compile("(?m)^[ \\t]*(?:input|output)[ \\t]*\\[");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files(f -> f.hasExtension(".pbtxt") && !Sources.vendored(f.path()) && !TestFiles.isTest(f.path()))) {
            repo.text(f.path()).ifPresent(text -> {
                Matcher m = RUNTIME.matcher(text);
                if (m.find() && TENSORS.matcher(text).find()) {
                    int line = TextLines.lineOf(text, m.start());
                    String backend = m.group(1).toLowerCase(Locale.ROOT);
                    sink.fact(new ModelServerConfig(repo.name(), f.path(), "triton", backend, repo.evidence(f.path(), line,
                            line, Strength.DECLARED, "Triton model config, backend " + backend)));
                }
            });
        }
    }
}
