package dev.maturity.probes.git;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.facts.Unreadable;
import dev.maturity.core.spi.Collector;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanInputException;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The git source: for each repository given, reads the committed tree at HEAD (or {@code --ref})
 * and runs every installed {@link Extractor} over it. Read-only: nothing is written to the repository.
 */
public final class GitCollector implements Collector {

    /** The domain every tree-reading git probe depends on. */
    public static final String TREE = "git.tree";

    private final List<Extractor> extractors;

    public GitCollector() {
        this(ServiceLoader.load(Extractor.class, GitCollector.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    public GitCollector(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    @Override
    public String id() {
        return "git";
    }

    @Override
    public CollectorResult collect(ScanRequest request) {
        CollectorResult.Builder out = CollectorResult.builder();
        if (request.gitTargets().isEmpty()) {
            out.source(new SourceReport("git", null, null, SourceStatus.NOT_CONFIGURED, "no repository given"));
            out.unavailable(TREE, "no git repository was scanned");
            return out.build();
        }
        for (String target : request.gitTargets()) {
            try (Repository repo = RepositoryOpener.open(target, request)) {
                RevCommit commit = RepositoryOpener.resolve(repo, target, request.ref());
                String name = RepositoryOpener.displayName(target, repo);
                RepoSnapshot snapshot = TreeReader.read(name, repo, commit);
                out.source(SourceReport.ok("git", RepositoryOpener.displayUri(target, request), commit.getName()));
                out.fact(new SourceRead("git", name, commit.getName(),
                        snapshot.treeEvidence("tree of " + snapshot.files().size() + " files at " + commit.getName())));
                out.read(TREE);
                runExtractors(snapshot, out);
            } catch (IOException e) {
                throw new ScanInputException("cannot read git repository " + RepositoryOpener.redact(target) + ": " + e.getMessage(), e);
            }
        }
        return out.build();
    }

    private void runExtractors(RepoSnapshot snapshot, CollectorResult.Builder out) {
        List<Fact> facts = new ArrayList<>();
        Extractor.Sink sink = new Extractor.Sink() {
            @Override
            public void fact(Fact fact) {
                facts.add(fact);
            }

            @Override
            public void unreadable(String path, int line, String message) {
                out.unreadable(new Unreadable(snapshot.at(path, line, line), message));
            }

            @Override
            public void unavailable(String domain, String reason) {
                out.unavailable(domain, snapshot.name() + ": " + reason);
            }
        };
        for (Extractor extractor : extractors) {
            try {
                extractor.extract(snapshot, sink);
            } catch (RuntimeException e) {
                out.unreadable(new Unreadable(snapshot.at(""), "extractor " + extractor.getClass().getSimpleName()
                        + " failed: " + e));
            }
        }
        out.facts(facts);
    }
}
