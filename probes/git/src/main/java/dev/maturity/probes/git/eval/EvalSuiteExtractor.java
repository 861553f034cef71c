package dev.maturity.probes.git.eval;

import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;

/** Finds evaluation suites of every supported framework and reads how many cases each has. */
public final class EvalSuiteExtractor implements Extractor {

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files()) {
            if (f.path().startsWith(".github/") || f.path().equals(".gitlab-ci.yml") || f.path().contains("node_modules/")) {
                continue;
            }
            if (RegistrySuites.openAiEval(f)) {
                RegistrySuites.openAi(repo, f, sink);
            } else if (f.hasExtension(".py")) {
                PythonSuites.read(repo, f, sink);
            } else if (PromptfooSuites.candidate(repo, f)) {
                PromptfooSuites.read(repo, f, sink);
            } else if (RegistrySuites.lmEvalTask(repo, f)) {
                RegistrySuites.lmEval(repo, f, sink);
            }
        }
    }
}
