package dev.maturity.probes.git.deps;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlBudget;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a {@code package.json}: each entry of {@code dependencies} and {@code devDependencies} is
 * exact when it names one version ({@code 1.2.3}, {@code =1.2.3}), a package of the repository
 * itself ({@code file:}, {@code link:}, {@code workspace:}) or a git commit; a range ({@code ^},
 * {@code ~}, {@code >=}, {@code *}, {@code x}, {@code latest}) is loose. Workspace members come
 * from {@code workspaces} (a list, or {@code {packages: [...]}}).
 */
final class PackageJsonReader {

    private static final Pattern EXACT = Pattern.compile("^=?v?\\d+\\.\\d+\\.\\d+(?:[-+][\\w.+-]+)?$"
            + "|^(?:file|link|workspace|portal):.*|^(?:git\\+|github:|https?://).*#[0-9a-f]{7,40}$");

    private PackageJsonReader() {
    }

    static Pins read(String json, YamlBudget budget) throws YamlParseException {
        YamlNode root = SafeYaml.parseJson(json, budget);
        Pins pins = new Pins();
        for (String section : List.of("dependencies", "devDependencies")) {
            for (YamlNode v : root.get(section).entries().values()) {
                pins.add(v.line(), EXACT.matcher(v.textOr("").strip()).matches());
            }
        }
        YamlNode ws = root.get("workspaces");
        pins.members.addAll(ws.isSequence() ? ws.texts() : ws.get("packages").texts());
        return pins;
    }

    /** The {@code packages} globs of a {@code pnpm-workspace.yaml}. */
    static Pins pnpmWorkspace(String yaml, YamlBudget budget) throws YamlParseException {
        Pins pins = new Pins();
        pins.members.addAll(SafeYaml.parse(yaml, budget).get("packages").texts());
        return pins;
    }
}
