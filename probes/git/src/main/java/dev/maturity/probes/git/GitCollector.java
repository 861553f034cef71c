package dev.maturity.probes.git;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.facts.IgnoredFiles;
import dev.maturity.core.facts.SourceRead;
import dev.maturity.core.facts.Unreadable;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Strength;
import dev.maturity.core.spi.Collector;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.Failures;
import dev.maturity.core.spi.ScanInputException;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.core.spi.SourceReport;
import dev.maturity.core.spi.SourceStatus;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.wiring.Citations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The git source: for each repository given (a path or a URL), reads the committed tree at HEAD (or
 * {@code --ref}) and runs every installed {@link Extractor} over it. Read-only: nothing is written to
 * the repository. With several targets, one that cannot be read is reported as an ERROR source and the
 * others are still read; a single unreadable target is an input error.
 */
public final class GitCollector implements Collector {

    /** The domain every tree-reading git probe depends on. */
    public static final String TREE = "git.tree";

    /** The domain of history facts, read unless an extractor reported it unavailable (for example a shallow clone). */
    public static final String HISTORY = "git.history";

    /**
     * The domain of CI jobs, read unless a CI configuration was present and could not be read or
     * interpreted (an unsupported system, a scripted or generated pipeline, a malformed file).
     */
    public static final String CI = "git.ci";

    /**
     * Scan option: the ref whose {@code .maturityignore} applies (instead of the scanned commit's),
     * so that a change gated against that ref cannot hide files from its own judgement.
     */
    public static final String POLICY_REF = "git.policy-ref";

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

    /** JGit's set-up, and the YAML reader's classes: nearly every repository has a workflow or config to parse. */
    @Override
    public void prepare() {
        RepositoryOpener.prepare();
        try {
            SafeYaml.parse("prepared: [yaml]\n");
        } catch (YamlParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CollectorResult collect(ScanRequest request) {
        CollectorResult.Builder out = CollectorResult.builder();
        List<String> targets = request.gitTargets();
        if (targets.isEmpty()) {
            return notConfigured("no repository given", "no git repository was scanned");
        }
        List<String> names = RepositoryOpener.displayNames(targets, request.workDir());
        int read = 0;
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            try {
                readOne(target, names.get(i), request, out);
                read++;
            } catch (ScanInputException e) {
                if (targets.size() == 1) {
                    throw e;
                }
                out.source(error(target, request, e.getMessage()));
            } catch (IOException | RuntimeException e) {
                String msg = "cannot read git repository " + RepositoryOpener.redact(target) + ": " + e.getMessage();
                if (targets.size() == 1) {
                    throw new ScanInputException(msg, e);
                }
                out.source(error(target, request, msg));
            }
        }
        if (read == 0) {
            out.unavailable(TREE, "no git repository could be read");
            out.unavailable(HISTORY, "no git repository could be read");
            out.unavailable(CI, "no git repository could be read");
        }
        return out.build();
    }

    @Override
    public CollectorResult notConfigured(String reason) {
        return notConfigured(reason, reason);
    }

    private static CollectorResult notConfigured(String message, String domainReason) {
        return CollectorResult.builder()
                .source(new SourceReport("git", null, null, SourceStatus.NOT_CONFIGURED, message))
                .unavailable(TREE, domainReason)
                .unavailable(HISTORY, domainReason)
                .unavailable(CI, domainReason)
                .build();
    }

    private static SourceReport error(String target, ScanRequest request, String message) {
        return new SourceReport("git", RepositoryOpener.displayUri(target, request), null, SourceStatus.ERROR, message);
    }

    private void readOne(String target, String name, ScanRequest request, CollectorResult.Builder out) throws IOException {
        try (Repository repo = RepositoryOpener.open(target, request)) {
            RevCommit commit = RepositoryOpener.resolve(repo, target, request.ref());
            String policyRef = request.option(POLICY_REF);
            RevCommit policy = policyRef == null ? commit : RepositoryOpener.resolve(repo, target, policyRef);
            RepoSnapshot snapshot = TreeReader.read(name, repo, commit, policy, request.asOf(), request.parameters());
            out.fact(new SourceRead("git", name, commit.getName(),
                    snapshot.treeEvidence("tree of " + snapshot.files().size() + " files at " + commit.getName()
                            + (snapshot.ignoredFiles() == 0 ? "" : " (" + snapshot.ignoredFiles() + " ignored)"))));
            out.read(TREE);
            snapshot.ignoredPaths().byRule().forEach((rule, paths) -> out.fact(new IgnoredFiles(rule,
                    snapshot.ignoredPaths().count(rule), paths.stream().map(p -> snapshot.at(p).locator()).toList(),
                    snapshot.treeEvidence("files left out by " + rule))));
            Map<String, List<String>> unavailable;
            try {
                unavailable = runExtractors(snapshot, out);
            } finally {
                snapshot.release();
            }
            for (String domain : List.of(HISTORY, CI)) {
                if (!unavailable.containsKey(domain)) {
                    out.read(domain);
                }
            }
            List<String> notes = new ArrayList<>();
            if (snapshot.ignoredFiles() > 0) {
                notes.add(snapshot.ignoredFiles() + " files ignored (test fixtures, vendored code, " + RepoIgnore.FILE + ")");
            }
            unavailable.values().forEach(reasons -> notes.add(Citations.join(reasons)));
            out.source(new SourceReport("git", RepositoryOpener.displayUri(target, request), commit.getName(),
                    SourceStatus.OK, String.join("; ", notes)));
        }
    }

    /** Runs every extractor; returns the domains they reported unavailable, with the distinct reasons given. */
    private Map<String, List<String>> runExtractors(RepoSnapshot snapshot, CollectorResult.Builder out) {
        List<Fact> facts = new ArrayList<>();
        Map<String, List<String>> unavailable = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();
        List<List<ExtractorRuns.Report>> runs = ExtractorRuns.run(extractors, snapshot);
        for (int i = 0; i < extractors.size(); i++) {
            for (ExtractorRuns.Report r : runs.get(i)) {
                if (r instanceof ExtractorRuns.FactReport f) {
                    facts.add(f.fact());
                } else if (r instanceof ExtractorRuns.UnreadableReport u) {
                    unreadable(out, snapshot, reported, u.path(), u.line(), u.message());
                } else if (r instanceof ExtractorRuns.UnavailableReport u) {
                    List<String> reasons = unavailable.computeIfAbsent(u.domain(), d -> new ArrayList<>());
                    if (!reasons.contains(u.reason())) {
                        reasons.add(u.reason());
                    }
                    out.unavailable(u.domain(), snapshot.name() + ": " + u.reason());
                } else if (r instanceof ExtractorRuns.Failure f) { // an exception or a missing class: this extractor's artefacts only
                    out.unreadable(new Unreadable(snapshot.at(""), "extractor "
                            + extractors.get(i).getClass().getSimpleName() + " failed: " + Failures.describe(f.exception())));
                }
            }
        }
        // what no extractor reported in its own words yet: missing blobs, skipped trees, files that did not read
        snapshot.ignoreProblems().forEach(p -> unreadable(out, snapshot, reported, RepoIgnore.FILE, p.line(), p.describe()));
        snapshot.missingBlobs().forEach((path, why) -> unreadable(out, snapshot, reported, path, 0, why));
        snapshot.unreadFiles().forEach((path, why) -> {
            unreadable(out, snapshot, reported, path, 0, why);
            facts.add(new UnreadFile(snapshot.name(), path, why, new Evidence(snapshot.at(path), Strength.DECLARED,
                    snapshot.digest(path), "could not be read: " + why)));
        });
        out.facts(facts);
        return unavailable;
    }

    /** Reports a place that could not be read, once: several extractors may parse one file. */
    private static void unreadable(CollectorResult.Builder out, RepoSnapshot snapshot, Set<String> reported, String path,
            int line, String message) {
        if (reported.add(path + ":" + line)) {
            out.unreadable(new Unreadable(snapshot.at(path, line, line), message));
        }
    }
}
