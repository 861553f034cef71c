package dev.maturity.probes.git.ci.circleci;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.ci.CiContext;
import dev.maturity.probes.git.ci.CiReader;
import dev.maturity.probes.git.ci.CiSystem;
import dev.maturity.probes.git.ci.Trigger;
import dev.maturity.probes.git.ci.YamlSpan;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .circleci/config.yml}. A dynamic configuration ({@code setup: true}) is followed into
 * the repository configuration it continues with ({@code path-filtering/filter config-path},
 * {@code continuation/continue configuration_path}), whose workflows run when the setup workflow does;
 * one continued with a configuration generated at run time is reported as not interpreted.
 */
public final class CircleCiReader implements CiReader {

    private static final List<String> CONFIGS = List.of(".circleci/config.yml", ".circleci/config.yaml");

    @Override
    public void read(CiContext ctx, List<RepoFile> files) {
        for (RepoFile f : files) {
            if (!CONFIGS.contains(f.path())) {
                continue;
            }
            Optional<YamlNode> root = parse(ctx, f.path());
            if (root.isEmpty()) {
                continue;
            }
            ctx.read(CiSystem.CIRCLECI, f.path());
            if (root.get().get("setup").textOr("false").strip().equals("true")) {
                setup(ctx, f.path(), root.get());
            } else {
                new CircleConfig(ctx, f.path(), root.get(), span(ctx, f.path()), CircleConfig.WEBHOOK, Set.of(), "").read();
            }
        }
    }

    /** Follows a setup configuration into the repository configurations it continues with. */
    private static void setup(CiContext ctx, String path, YamlNode setup) {
        Map<String, Set<Trigger>> continued = new LinkedHashMap<>();
        Set<String> setOnPush = new HashSet<>();
        CircleConditions conditions = new CircleConditions(CircleConfig.WEBHOOK, Set.of(), Map.of());
        for (YamlNode wf : setup.get("workflows").entries().values()) {
            Set<Trigger> triggers = conditions.when(wf.get("when"), wf.get("unless"));
            for (YamlNode item : wf.get("jobs").items()) {
                item.entries().forEach((job, args) -> {
                    String config = job.endsWith("path-filtering/filter") ? args.get("config-path").textOr(".circleci/continue_config.yml")
                            : job.endsWith("continuation/continue") ? args.get("configuration_path").textOr("") : null;
                    if (config == null) {
                        return;
                    }
                    args.get("mapping").textOr("").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .map(l -> l.split("\\s+")).filter(c -> c.length >= 2).forEach(c -> setOnPush.add(c[1]));
                    continued.computeIfAbsent(config.replaceFirst("^\\./", ""), k -> new java.util.TreeSet<>()).addAll(triggers);
                });
            }
        }
        boolean read = false;
        for (Map.Entry<String, Set<Trigger>> c : continued.entrySet()) {
            if (!ctx.repo().exists(c.getKey()) || c.getValue().isEmpty()) {
                continue;
            }
            Optional<YamlNode> root = parse(ctx, c.getKey());
            if (root.isPresent()) {
                ctx.read(CiSystem.CIRCLECI, c.getKey());
                new CircleConfig(ctx, c.getKey(), root.get(), span(ctx, c.getKey()), c.getValue(), setOnPush,
                        "(continued from " + path + ")").read();
                read = true;
            }
        }
        if (!read) {
            ctx.notInterpreted(CiSystem.CIRCLECI, path, setup.get("setup").line(),
                    "dynamic configuration (setup: true) continued with a configuration generated at run time");
        }
    }

    private static Optional<YamlNode> parse(CiContext ctx, String path) {
        try {
            return Optional.of(SafeYaml.parse(ctx.repo().text(path).orElse(""), ctx.repo().yamlBudget()));
        } catch (YamlParseException e) {
            ctx.unreadable(CiSystem.CIRCLECI, path, e.line(), e.getMessage());
            return Optional.empty();
        }
    }

    private static YamlSpan span(CiContext ctx, String path) {
        return new YamlSpan(ctx.repo().text(path).orElse(""));
    }

    /** A working directory relative to the checkout ({@code ~/project} by default). */
    static String workdir(String dir) {
        String d = dir.strip().replaceFirst("^(~|/home/circleci)/project/?", "").replaceFirst("^\\./", "");
        return d.startsWith("/") || d.startsWith("~") || d.contains("<<") ? "" : d;
    }
}
