package dev.maturity.probes.git.deps;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds lock files and requirements files, and counts exact pins in the latter. */
public final class DependencyExtractor implements Extractor {

    private static final Map<String, String> LOCK_FILES = Map.ofEntries(
            Map.entry("poetry.lock", "python"), Map.entry("uv.lock", "python"), Map.entry("pipfile.lock", "python"),
            Map.entry("pdm.lock", "python"), Map.entry("conda-lock.yml", "conda"), Map.entry("conda-lock.yaml", "conda"),
            Map.entry("package-lock.json", "npm"), Map.entry("yarn.lock", "npm"), Map.entry("pnpm-lock.yaml", "npm"),
            Map.entry("gradle.lockfile", "gradle"), Map.entry("cargo.lock", "cargo"), Map.entry("go.sum", "go"),
            Map.entry("requirements.lock", "python"));

    private static final Pattern REQUIREMENT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._\\-\\[\\],]*\\s*(.*)$");
    private static final Pattern EXACT = Pattern.compile("^(===?)\\s*[^*\\s,;]+\\s*(;.*)?(#.*)?$|^@\\s*\\S+");

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files()) {
            String name = f.name().toLowerCase(java.util.Locale.ROOT);
            String eco = LOCK_FILES.get(name);
            if (eco == null && name.endsWith(".conda-lock.yml")) {
                eco = "conda";
            }
            if (eco != null) {
                if (repo.text(f.path()).map(t -> !t.isBlank()).orElse(false)) {
                    sink.fact(new DependencyManifest(repo.name(), f.path(), eco, true, 0, 0,
                            repo.evidence(f.path(), 0, 0, Strength.DECLARED, "lock file (" + eco + ")")));
                }
            } else if (name.matches("requirements([-_.][\\w.-]+)?\\.txt") || name.equals("constraints.txt")) {
                repo.text(f.path()).ifPresent(t -> requirements(repo, f.path(), t, sink));
            }
        }
    }

    private static void requirements(RepoSnapshot repo, String path, String text, Sink sink) {
        int pinned = 0;
        int total = 0;
        int first = 0;
        int last = 0;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("-")) {
                continue;
            }
            var m = REQUIREMENT.matcher(line);
            if (!m.matches()) {
                continue;
            }
            total++;
            first = first == 0 ? i + 1 : first;
            last = i + 1;
            if (EXACT.matcher(m.group(1).strip()).find() || line.contains(" @ ")) {
                pinned++;
            }
        }
        if (total > 0) {
            sink.fact(new DependencyManifest(repo.name(), path, "python", false, pinned, total,
                    repo.evidence(path, first, last, Strength.DECLARED, pinned + " of " + total + " requirements pinned with ==")));
        }
    }
}
