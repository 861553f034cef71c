package dev.maturity.probes.git.ci;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.wiring.CommandWiring;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@link CiReader} reads from and writes to: the tree, the command wiring (made once, when a
 * reader first needs it), and the sink for jobs, recognised configurations and files that could not
 * be read. Whatever a reader could not read or interpret makes the CI domain
 * ({@link GitCollector#CI}) unavailable with the reason, so CI criteria become {@code UNKNOWN}.
 */
public final class CiContext {

    private final RepoSnapshot repo;
    private final Extractor.Sink sink;
    private final Set<String> reported = new HashSet<>();
    private final java.util.Map<String, Integer> jobsPerFile = new java.util.HashMap<>();
    private CommandWiring wiring;
    private Set<String> directories;

    public CiContext(RepoSnapshot repo, Extractor.Sink sink) {
        this.repo = repo;
        this.sink = sink;
    }

    public RepoSnapshot repo() {
        return repo;
    }

    /** Resolves commands to the repository files they run; built on first use. */
    public CommandWiring wiring() {
        if (wiring == null) {
            wiring = new CommandWiring(repo);
        }
        return wiring;
    }

    /** Whether the tree has files under the directory (repository-relative, no trailing slash); the set is built once. */
    public boolean isDirectory(String dir) {
        if (directories == null) {
            directories = new HashSet<>();
            for (RepoFile f : repo.files()) {
                String d = f.dir();
                while (!d.isEmpty() && directories.add(d)) {
                    int slash = d.lastIndexOf('/');
                    d = slash < 0 ? "" : d.substring(0, slash);
                }
            }
        }
        return directories.contains(dir);
    }

    /** The files of the tree the system claims, sorted by path. */
    public List<RepoFile> files(CiSystem system) {
        return repo.files(f -> system.claims(repo, f));
    }

    /** Starts a job of the system, defined in {@code file}, in the pipeline {@code workflow}. */
    public JobBuilder job(CiSystem system, String file, String workflow, String id) {
        return new JobBuilder(this, system, file, workflow, id);
    }

    /**
     * Emits a job; past {@link CiJob#MAX_JOBS_PER_FILE} jobs from one file the rest are left out and
     * the file is listed as unreadable with the reason.
     */
    public void emit(CiJob job) {
        int n = jobsPerFile.merge(job.file(), 1, Integer::sum);
        if (n <= CiJob.MAX_JOBS_PER_FILE) {
            sink.fact(job);
        } else if (n == CiJob.MAX_JOBS_PER_FILE + 1) {
            CiSystem system = java.util.Arrays.stream(CiSystem.values()).filter(s -> s.id().equals(job.system())).findFirst()
                    .orElse(CiSystem.GITHUB);
            unreadable(system, job.file(), 0, "more than " + CiJob.MAX_JOBS_PER_FILE + " jobs, the rest left out");
        }
    }

    /** Records a configuration file that was read into jobs. */
    public void read(CiSystem system, String path) {
        if (reported.add(path)) {
            sink.fact(new CiConfig(repo.name(), system.id(), system.displayName(), path, true, "",
                    repo.evidence(path, 0, 0, Strength.DECLARED, system.displayName() + " configuration " + path)));
        }
    }

    /**
     * A configuration of a CI system that is there but is not interpreted (a system without a reader,
     * a scripted or generated pipeline): a fact with the file as evidence, an unreadable entry, and the
     * CI domain marked unavailable.
     */
    public void notInterpreted(CiSystem system, String path, int line, String why) {
        CiConfig config = unread(system, path, line, "not interpreted: " + why);
        sink.unreadable(path, line, config.describe());
    }

    /**
     * A configuration whose jobs were read but whose triggers live outside the repository (set up in
     * the CI service): the jobs cannot count as running on changes, so CI criteria become UNKNOWN.
     */
    public void triggersOutside(CiSystem system, String path, String where) {
        unread(system, path, 0, "triggers not in the repository: " + where);
    }

    private CiConfig unread(CiSystem system, String path, int line, String note) {
        CiConfig config = new CiConfig(repo.name(), system.id(), system.displayName(), path, false, note,
                repo.evidence(path, line, line, Strength.DECLARED, system.displayName() + " configuration " + path + ", " + note));
        sink.fact(config);
        sink.unavailable(GitCollector.CI, config.describe());
        return config;
    }

    /**
     * The CI file's text parsed as YAML under the scan's YAML budget; empty, and reported {@link #unreadable},
     * when it does not parse (malformed, over the budget), so the reader goes on with the next file.
     */
    public java.util.Optional<dev.maturity.core.yaml.YamlNode> parse(CiSystem system, String path, String text) {
        try {
            return java.util.Optional.of(dev.maturity.core.yaml.SafeYaml.parse(text, repo.yamlBudget()));
        } catch (dev.maturity.core.yaml.YamlParseException e) {
            unreadable(system, path, e.line(), e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** A CI file that could not be read (malformed, too large, too deep): the scan goes on without it. */
    public void unreadable(CiSystem system, String path, int line, String message) {
        sink.unreadable(path, line, system.displayName() + ": " + message);
        sink.unavailable(GitCollector.CI, "CI present: " + system.displayName() + " (" + path + "), not read: " + message);
    }
}
