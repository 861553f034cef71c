package dev.maturity.core.platform;

import dev.maturity.core.model.Track;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code maturity.yaml} with {@link SafeYaml} and validates it: unknown keys, literal secrets,
 * bad names and duplicates fail with the file, line and key, and never echo a secret back.
 */
public final class PlatformConfigLoader {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]{0,127}");
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    private static final Set<String> SECRET_KEYS = Set.of("token", "password", "secret", "apikey", "api_key",
            "api-key", "credentials", "auth", "bearer");
    private static final Pattern USERINFO_WITH_PASSWORD = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/@]*:[^/@]*@");

    private final Path file;
    private final Path dir;

    private PlatformConfigLoader(Path file) {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        this.dir = parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** Loads and validates a config file. */
    public static PlatformConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlatformConfigException(file, 0, "(file)", "cannot read: " + e.getMessage());
        }
        return parse(file, text);
    }

    /** Validates config text as if read from {@code file} (relative paths resolve against its folder). */
    public static PlatformConfig parse(Path file, String text) {
        YamlNode root;
        try {
            root = SafeYaml.parse(text);
        } catch (YamlParseException e) {
            throw new PlatformConfigException(file, e.line(), "(yaml)", e.getMessage());
        }
        return new PlatformConfigLoader(file).read(root);
    }

    private PlatformConfig read(YamlNode root) {
        if (!root.isMapping()) {
            throw error(root, "(root)", "expected a mapping with 'platforms'");
        }
        keys(root, "", Set.of("version", "defaults", "platforms"));
        YamlNode version = root.get("version");
        if (!version.isMissing() && !"1".equals(version.textOr(""))) {
            throw error(version, "version", "unsupported version '" + version.textOr("?") + "' (expected 1)");
        }
        PlatformConfig.Defaults defaults = defaults(root.get("defaults"));
        YamlNode platforms = root.get("platforms");
        if (!platforms.isSequence() || platforms.items().isEmpty()) {
            throw error(platforms.isMissing() ? root : platforms, "platforms", "expected a non-empty list of platforms");
        }
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (YamlNode p : platforms.items()) {
            String at = "platforms[" + i++ + "]";
            mapping(p, at);
            keys(p, at + ".", Set.of("name", "team", "targets"));
            String platform = name(p.get("name"), at + ".name", p);
            String team = p.get("team").text().orElse(null);
            YamlNode ts = p.get("targets");
            if (!ts.isSequence() || ts.items().isEmpty()) {
                throw error(ts.isMissing() ? p : ts, at + ".targets", "expected a non-empty list of targets");
            }
            int j = 0;
            for (YamlNode t : ts.items()) {
                String tat = at + ".targets[" + j++ + "]";
                Target target = target(t, tat, platform, team, defaults);
                if (!seen.add(target.name())) {
                    throw error(t.get("name"), tat + ".name", "duplicate target name '" + target.name() + "'");
                }
                targets.add(target);
            }
        }
        return new PlatformConfig(file, defaults, targets);
    }

    private PlatformConfig.Defaults defaults(YamlNode d) {
        if (d.isMissing()) {
            return new PlatformConfig.Defaults(null, null, Map.of(), DEFAULT_TIMEOUT, FailureAllowance.NONE);
        }
        mapping(d, "defaults");
        keys(d, "defaults.", Set.of("rubric", "waivers", "thresholds", "timeout", "allowFailed", "limits"));
        Path rubric = d.get("rubric").text().map(dir::resolve).map(Path::normalize).orElse(null);
        Path waivers = d.get("waivers").text().map(dir::resolve).map(Path::normalize).orElse(null);
        Duration timeout = d.has("timeout") ? duration(d.get("timeout"), "defaults.timeout") : DEFAULT_TIMEOUT;
        return new PlatformConfig.Defaults(rubric, waivers, thresholds(d.get("thresholds"), "defaults.thresholds"), timeout,
                allowance(d.get("allowFailed")), limits(d.get("limits")));
    }

    /** {@code defaults.limits}: the source limits of every target ({@code source-timeout: 45s}, {@code max-pages}, ...). */
    private Map<String, String> limits(YamlNode l) {
        if (l.isMissing()) {
            return Map.of();
        }
        mapping(l, "defaults.limits");
        keys(l, "defaults.limits.", Set.of("source-timeout", "max-pages", "max-items", "max-body-mb"));
        Map<String, String> out = new java.util.LinkedHashMap<>();
        l.entries().forEach((k, v) -> {
            String key = "limits." + k;
            try {
                dev.maturity.core.spi.SourceLimits.validate(key, v.textOr(""));
            } catch (RuntimeException e) {
                throw error(v, "defaults.limits." + k, e.getMessage().replace("--" + k, k));
            }
            out.put(key, v.textOr(""));
        });
        return out;
    }

    private Target target(YamlNode t, String at, String platform, String team, PlatformConfig.Defaults defaults) {
        mapping(t, at);
        keys(t, at + ".", Set.of("name", "git", "mlflow", "kubernetes", "timeout", "thresholds"));
        String name = name(t.get("name"), at + ".name", t);
        Target.Git git = t.has("git") ? git(t.get("git"), at + ".git") : null;
        Target.Mlflow mlflow = t.has("mlflow") ? mlflow(t.get("mlflow"), at + ".mlflow") : null;
        Target.Kubernetes kube = t.has("kubernetes") ? kubernetes(t.get("kubernetes"), at + ".kubernetes") : null;
        if (git == null && mlflow == null && kube == null) {
            throw error(t, at, "a target needs at least one of git, mlflow, kubernetes");
        }
        Duration timeout = t.has("timeout") ? duration(t.get("timeout"), at + ".timeout") : defaults.timeout();
        Map<Track, Integer> thresholds = t.has("thresholds") ? thresholds(t.get("thresholds"), at + ".thresholds")
                : defaults.thresholds();
        return new Target(name, platform, team, git, mlflow, kube, timeout, thresholds);
    }

    private Target.Git git(YamlNode g, String at) {
        if (g.isScalar()) {
            return new Target.Git(repository(g, at), null, null);
        }
        mapping(g, at);
        keys(g, at + ".", Set.of("repository", "ref", "tokenEnv"));
        YamlNode repo = g.get("repository");
        if (!repo.hasContent()) {
            throw error(repo.isMissing() ? g : repo, at + ".repository", "expected a path or URL");
        }
        return new Target.Git(repository(repo, at + ".repository"), g.get("ref").text().orElse(null),
                envName(g.get("tokenEnv"), at + ".tokenEnv"));
    }

    private String repository(YamlNode node, String at) {
        String r = node.textOr("").trim();
        if (USERINFO_WITH_PASSWORD.matcher(r).find()) {
            throw error(node, at, "the URL carries a password; put the token in an environment variable and name it with tokenEnv");
        }
        boolean url = r.contains("://") || r.startsWith("git@");
        return url ? r : dir.resolve(r).normalize().toString();
    }

    private Target.Mlflow mlflow(YamlNode m, String at) {
        mapping(m, at);
        keys(m, at + ".", Set.of("uri", "tokenEnv"));
        YamlNode uri = m.get("uri");
        if (!uri.hasContent()) {
            throw error(uri.isMissing() ? m : uri, at + ".uri", "expected the tracking server URI");
        }
        if (USERINFO_WITH_PASSWORD.matcher(uri.textOr("")).find()) {
            throw error(uri, at + ".uri", "the URI carries a password; name an environment variable with tokenEnv instead");
        }
        return new Target.Mlflow(uri.textOr("").trim(), envName(m.get("tokenEnv"), at + ".tokenEnv"));
    }

    private Target.Kubernetes kubernetes(YamlNode k, String at) {
        mapping(k, at);
        keys(k, at + ".", Set.of("context", "namespaces", "kubeconfig"));
        YamlNode ns = k.get("namespaces");
        if (!ns.isMissing() && !(ns.isSequence() || ns.isScalar())) {
            throw error(ns, at + ".namespaces", "expected a list of namespace globs");
        }
        String kubeconfig = k.get("kubeconfig").text().map(dir::resolve).map(Path::normalize).map(Path::toString).orElse(null);
        return new Target.Kubernetes(k.get("context").text().orElse(null), ns.texts(), kubeconfig);
    }

    private String envName(YamlNode n, String at) {
        if (n.isMissing()) {
            return null;
        }
        String v = n.textOr("");
        if (!ENV_NAME.matcher(v).matches()) {
            // Never echo the value: it may be the secret itself.
            throw error(n, at, "must name an environment variable (A-Z, 0-9, _), not hold a value");
        }
        return v;
    }

    private Map<Track, Integer> thresholds(YamlNode n, String at) {
        if (n.isMissing()) {
            return Map.of();
        }
        mapping(n, at);
        keys(n, at + ".", Set.of("classical", "llm"));
        Map<Track, Integer> out = new java.util.EnumMap<>(Track.class);
        for (Map.Entry<String, YamlNode> e : n.entries().entrySet()) {
            String v = e.getValue().textOr("");
            if (!v.matches("[0-5]")) {
                throw error(e.getValue(), at + "." + e.getKey(), "expected a level from 0 to 5, not '" + v + "'");
            }
            out.put(Track.parse(e.getKey()), Integer.parseInt(v));
        }
        return out;
    }

    private FailureAllowance allowance(YamlNode n) {
        if (n.isMissing()) {
            return FailureAllowance.NONE;
        }
        try {
            return FailureAllowance.parse(n.textOr(""));
        } catch (IllegalArgumentException e) {
            throw error(n, "defaults.allowFailed", e.getMessage());
        }
    }

    private Duration duration(YamlNode n, String at) {
        String v = n.textOr("").trim();
        var m = Pattern.compile("(\\d{1,6})(s|m|h)").matcher(v);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw error(n, at, "expected a duration such as 90s, 10m or 1h, not '" + v + "'");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    private String name(YamlNode n, String at, YamlNode parent) {
        if (n.isMissing()) {
            throw error(parent, at, "missing (a name such as 'ranker' or 'prod-eu')");
        }
        String v = n.textOr("");
        if (!NAME.matcher(v).matches()) {
            throw error(n, at, "'" + v + "' is not a name (letters, digits, '.', '_', '-'; up to 63)");
        }
        return v;
    }

    private void mapping(YamlNode n, String at) {
        if (!n.isMapping()) {
            throw error(n, at, "expected a mapping");
        }
    }

    private void keys(YamlNode n, String prefix, Set<String> allowed) {
        for (Map.Entry<String, YamlNode> e : n.entries().entrySet()) {
            String key = e.getKey();
            if (SECRET_KEYS.contains(key.toLowerCase(java.util.Locale.ROOT))) {
                throw error(e.getValue(), prefix + key,
                        "literal secrets are not allowed in the config; name an environment variable with tokenEnv");
            }
            if (!allowed.contains(key)) {
                throw error(e.getValue(), prefix + key, "unknown key (expected one of " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private PlatformConfigException error(YamlNode at, String key, String problem) {
        return new PlatformConfigException(file, at.line(), key, problem);
    }
}
