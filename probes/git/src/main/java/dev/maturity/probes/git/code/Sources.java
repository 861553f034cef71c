package dev.maturity.probes.git.code;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which files are source code worth scanning, and how their lines are read (notebooks: code cells only). */
public final class Sources {

    /** Source extensions read for code signals. */
    public static final List<String> EXTENSIONS = List.of(".py", ".ipynb", ".ts", ".tsx", ".js", ".mjs", ".cjs",
            ".java", ".scala", ".kt", ".go");

    /** Directories that hold third-party or generated code, never the project's own. */
    public static final Set<String> VENDORED = Set.of("node_modules", ".venv", "venv", "site-packages", "vendor",
            "third_party", "__pypackages__", ".tox", ".git", "dist", "build", ".mypy_cache", ".ipynb_checkpoints");

    private Sources() {
    }

    /** True for a source file outside vendored directories. */
    public static boolean isSource(RepoFile f) {
        return f.hasExtension(EXTENSIONS.toArray(String[]::new)) && !vendored(f.path());
    }

    /** True when any directory of the path is a vendored one. */
    public static boolean vendored(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (VENDORED.contains(parts[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The code-cell lines of a Jupyter notebook, each numbered by the line of the JSON file that
     * holds it (nbformat 4 keeps one source line per JSON string).
     */
    static List<SourceLine> notebookCode(String json) throws YamlParseException {
        YamlNode nb = SafeYaml.parseJson(json);
        List<SourceLine> out = new ArrayList<>();
        for (YamlNode cell : nb.get("cells").items()) {
            if (!"code".equals(cell.get("cell_type").textOr(""))) {
                continue;
            }
            for (YamlNode src : cell.get("source").items()) {
                String t = src.textOr("");
                for (String l : t.split("\\R")) {
                    out.add(new SourceLine(src.line(), l));
                }
            }
        }
        return out;
    }
}
