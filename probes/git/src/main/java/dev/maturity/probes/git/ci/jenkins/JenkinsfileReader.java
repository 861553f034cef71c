package dev.maturity.probes.git.ci.jenkins;

import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import java.util.List;
import java.util.Optional;

/**
 * Reads declarative Jenkinsfiles with a small bounded tokenizer and parser (no Groovy engine, nothing
 * executed). A scripted pipeline ({@code node { }}) or one built by a shared-library call is reported
 * as present and not interpreted.
 */
public final class JenkinsfileReader implements CiReader {

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        RepoSnapshot repo = ctx.repo();
        for (RepoFile f : files) {
            if (f.size() > GroovyLexer.MAX_CHARS) {
                ctx.unreadable(CiSystem.JENKINS, f.path(), 0, "larger than " + GroovyLexer.MAX_CHARS / 1024 + " KiB");
                continue;
            }
            List<GroovyStatement> statements;
            try {
                statements = GroovyParser.parse(GroovyLexer.tokens(repo.text(f.path()).orElse("")));
            } catch (JenkinsfileException e) {
                ctx.unreadable(CiSystem.JENKINS, f.path(), e.line(), e.getMessage());
                continue;
            }
            Optional<GroovyStatement> pipeline = statements.stream().filter(s -> s.head().equals("pipeline") && s.hasBlock()).findFirst();
            if (pipeline.isEmpty()) {
                boolean scripted = statements.stream().anyMatch(s -> s.head().equals("node") && s.hasBlock());
                ctx.notInterpreted(CiSystem.JENKINS, f.path(), statements.isEmpty() ? 0 : statements.get(0).line(), scripted
                        ? "scripted pipeline (node { }), only declarative pipelines are read"
                        : "no declarative pipeline { } block (a shared-library or scripted pipeline)");
                continue;
            }
            new DeclarativePipeline(ctx, f.path(), repo.text(f.path()).orElse(""), pipeline.get()).read();
        }
    }
}
