package dev.maturity.probes.git.deps;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import java.util.regex.Pattern;

/**
 * Reads a conda {@code environment.yml}: each entry of {@code dependencies} (and of its
 * {@code pip:} list) is exact when it names a full version ({@code numpy=1.26.4},
 * {@code numpy==1.26.4}, {@code numpy=1.26.4=py311h...}); a bare name or a wildcard is loose.
 */
final class CondaEnvironmentReader {

    private static final Pattern CONDA_EXACT = Pattern.compile("^[\\w.:/\\-]+\\s*==?\\s*\\d[\\w.+!-]*(?:=\\S+)?$");
    private static final Pattern PIP_EXACT = Pattern.compile("^[A-Za-z0-9_.\\-\\[\\],]+\\s*(?:===?\\s*[^*\\s,;]+|@\\s*\\S+)\\s*(?:;.*)?$");

    private CondaEnvironmentReader() {
    }

    static Pins read(String text, dev.maturity.core.yaml.YamlBudget budget) throws YamlParseException {
        Pins pins = new Pins();
        YamlNode doc = SafeYaml.parse(text, budget);
        for (YamlNode dep : doc.get("dependencies").items()) {
            if (dep.isMapping()) {
                for (YamlNode pip : dep.get("pip").items()) {
                    String p = pip.textOr("").strip();
                    if (!p.isEmpty() && !p.startsWith("-")) {
                        pins.add(pip.line(), PIP_EXACT.matcher(p).matches());
                    }
                }
            } else {
                String d = dep.textOr("").strip();
                if (!d.isEmpty() && !d.equals("pip") && !d.startsWith("python=") && !d.equals("python")) {
                    pins.add(dep.line(), CONDA_EXACT.matcher(d).matches() && !d.contains("*"));
                }
            }
        }
        return pins;
    }
}
