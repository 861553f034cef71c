package dev.maturity.probes.git.ci;

import dev.maturity.core.yaml.YamlNode;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the names of secrets a CI file refers to, by each system's syntax; values are never read. */
public final class Secrets {

    /** GitHub Actions {@code ${{ secrets.NAME }}}. */
    public static final Pattern GITHUB = Pattern.compile("\\$\\{\\{\\s*secrets\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private Secrets() {
    }

    /** Group 1 of every match of the pattern in the text. */
    public static void names(String text, Pattern pattern, Collection<String> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
    }

    /** Group 1 of every match in every scalar under the node. */
    public static void names(YamlNode node, Pattern pattern, Collection<String> out) {
        node.walk(n -> n.text().ifPresent(t -> names(t, pattern, out)));
    }

    /** Names under {@code secretKeyRef.name} (Kubernetes env of Tekton and Argo steps) and {@code from_secret}. */
    public static void references(YamlNode node, Collection<String> out) {
        node.walk(n -> {
            n.at("secretKeyRef", "name").text().ifPresent(out::add);
            n.get("from_secret").text().ifPresent(out::add);
        });
    }
}
