package dev.maturity.core.rubric;

import dev.maturity.core.digest.Digests;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads the default rubric shipped in the jar, and a user's file that extends it (same ids
 * replace, new ids add, {@code remove:} drops) or, with {@code extends: none}, replaces it.
 * Every error names the file and line.
 */
public final class RubricLoader {

    public static final String DEFAULT_RESOURCE = "/dev/maturity/core/default-rubric.yaml";
    private static final String DEFAULT_NAME = "default-rubric.yaml";

    private RubricLoader() {
    }

    /** The default rubric; from its compiled form when the build made one that matches the YAML. */
    public static Rubric loadDefault() {
        byte[] yaml = defaultYaml();
        return CompiledRubric.forYaml(DEFAULT_RESOURCE, yaml)
                .map(c -> build(List.of(new Source(DEFAULT_NAME, null, c.root())), c.digest()))
                .orElseGet(() -> parseDefault(yaml));
    }

    /** The default rubric parsed from its YAML text. */
    static Rubric parseDefault(byte[] yaml) {
        return build(List.of(new Source(DEFAULT_NAME, new String(yaml, StandardCharsets.UTF_8), null)), null);
    }

    private static byte[] defaultYaml() {
        try (InputStream in = RubricLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default rubric missing from the classpath: " + DEFAULT_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default rubric", e);
        }
    }

    /** Loads a user's rubric file over the default (or alone with {@code extends: none}). */
    public static Rubric load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RubricException(file.toString(), 0, "cannot read rubric: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    /** A user's rubric text over the default (or alone with {@code extends: none}); {@code name} is for messages. */
    public static Rubric parse(String name, String text) {
        Source user = new Source(name, text, null);
        YamlNode root = parse(user);
        String ext = root.get("extends").textOr("default");
        if (ext.equals("none")) {
            return build(List.of(user), null);
        }
        if (!ext.equals("default")) {
            throw new RubricException(user.name, root.get("extends").line(), "extends must be 'default' or 'none', not '" + ext + "'");
        }
        Source base = new Source(DEFAULT_NAME, new String(defaultYaml(), StandardCharsets.UTF_8), null);
        return build(List.of(base, user), null);
    }

    /** A layer of the rubric: its name for messages, its text, and its node tree when already parsed. */
    private record Source(String name, String text, YamlNode parsed) {
    }

    private static YamlNode parse(Source s) {
        if (s.parsed != null) {
            return s.parsed;
        }
        try {
            YamlNode root = SafeYaml.parse(s.text);
            if (!root.isMapping()) {
                throw new RubricException(s.name, root.line(), "a rubric is a mapping with 'criteria:'");
            }
            return root;
        } catch (YamlParseException e) {
            throw new RubricException(s.name, e.line(), e.getMessage());
        }
    }

    /** Builds the rubric from its layers; {@code knownDigest} is the digest of their texts when already computed. */
    private static Rubric build(List<Source> layers, String knownDigest) {
        String id = null;
        String version = null;
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<Track, List<String>> detection = new EnumMap<>(Track.class);
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        Map<Integer, Upgrade> leverage = new LinkedHashMap<>();
        MessageDigest digest = knownDigest == null ? Digests.sha256() : null;
        for (Source layer : layers) {
            if (digest != null) {
                digest.update(layer.text.getBytes(StandardCharsets.UTF_8));
            }
            YamlNode root = parse(layer);
            id = root.get("id").textOr(id);
            version = root.get("version").textOr(version);
            root.get("parameters").entries().forEach((k, v) -> parameters.put(k, plain(v)));
            for (Map.Entry<String, YamlNode> e : root.get("detection").entries().entrySet()) {
                Track t = parseOr(layer, e.getValue().line(), () -> Track.parse(e.getKey()));
                detection.put(t, e.getValue().texts());
            }
            for (YamlNode u : root.get("leverage").items()) {
                int from = integer(layer, u, "from");
                Axis axis = u.get("axis").isMissing() ? null : parseOr(layer, u.get("axis").line(), () -> Axis.parse(required(layer, u, "axis")));
                String llm = u.get("llm").textOr("").trim();
                leverage.put(from, new Upgrade(from, required(layer, u, "upgrade"), axis, llm.isEmpty() ? null : llm));
            }
            for (String removed : root.get("remove").texts()) {
                criteria.remove(removed);
            }
            Set<String> seenHere = new LinkedHashSet<>();
            for (YamlNode c : root.get("criteria").items()) {
                Criterion criterion = criterion(layer, c);
                if (!seenHere.add(criterion.id())) {
                    throw new RubricException(layer.name, c.line(), "duplicate criterion id '" + criterion.id() + "'");
                }
                criteria.put(criterion.id(), criterion);
            }
        }
        String first = layers.get(0).name;
        if (id == null || id.isBlank()) {
            throw new RubricException(first, 1, "missing 'id'");
        }
        if (version == null || version.isBlank()) {
            throw new RubricException(first, 1, "missing 'version'");
        }
        if (criteria.isEmpty()) {
            throw new RubricException(layers.get(layers.size() - 1).name, 1, "no criteria");
        }
        String hex = digest == null ? knownDigest : Digests.evidence(digest);
        return new Rubric(id, version, hex, parameters, detection, GroupRules.resolve(criteria.values()),
                new ArrayList<>(leverage.values()));
    }

    private static Criterion criterion(Source s, YamlNode c) {
        if (!c.isMapping()) {
            throw new RubricException(s.name, c.line(), "a criterion is a mapping with id, axis, track, level, question, probes");
        }
        String id = required(s, c, "id");
        if (!id.matches("[a-z0-9][a-z0-9.\\-]*")) {
            throw new RubricException(s.name, c.get("id").line(), "criterion id '" + id + "' must be lower-case letters, digits, dots and dashes");
        }
        Axis axis = parseOr(s, c.get("axis").line(), () -> Axis.parse(required(s, c, "axis")));
        String trackText = required(s, c, "track").toLowerCase(Locale.ROOT);
        Set<Track> tracks = trackText.equals("both") ? EnumSet.allOf(Track.class)
                : EnumSet.of(parseOr(s, c.get("track").line(), () -> Track.parse(trackText)));
        int level = integer(s, c, "level");
        if (level < 2 || level > 5) {
            throw new RubricException(s.name, c.get("level").line(), "criterion '" + id + "': level must be 2..5, not " + level);
        }
        ProbeExpr probes = probeExpr(s, id, c.get("probes"), c.get("combine").textOr("any"), 0);
        Strength strength = parseOr(s, c.get("strength").line(), () -> Strength.parse(c.get("strength").textOr("declared")));
        String group = c.get("group").textOr("").trim();
        int min = 0;
        if (!c.get("min").isMissing()) {
            if (group.isEmpty()) {
                throw new RubricException(s.name, c.get("min").line(), "criterion '" + id + "': 'min' needs a 'group'");
            }
            min = integer(s, c, "min");
            if (min < 1) {
                throw new RubricException(s.name, c.get("min").line(), "criterion '" + id + "': min must be at least 1, not " + min);
            }
        }
        if (!group.isEmpty() && !group.matches("[a-z0-9][a-z0-9.\\-]*")) {
            throw new RubricException(s.name, c.get("group").line(), "criterion '" + id + "': group '" + group
                    + "' must be lower-case letters, digits, dots and dashes");
        }
        return new Criterion(id, axis, tracks, level, required(s, c, "question"), c.get("remediation").textOr(""),
                c.get("references").texts(), probes, strength, group.isEmpty() ? null : group, min,
                s.name + ":" + c.line());
    }

    /** {@code probes: [a, b]} with {@code combine:}, where an item may itself be {@code {any|all|every-read: [...]}}. */
    private static ProbeExpr probeExpr(Source s, String id, YamlNode node, String combineText, int depth) {
        if (depth > 3) {
            throw new RubricException(s.name, node.line(), "criterion '" + id + "': probe groups nest at most 3 deep");
        }
        Combine combine = parseOr(s, node.line(), () -> Combine.parse(combineText));
        List<ProbeExpr> members = new ArrayList<>();
        for (YamlNode item : node.items()) {
            if (item.isMapping() && item.entries().size() == 1) {
                Map.Entry<String, YamlNode> e = item.entries().entrySet().iterator().next();
                members.add(probeExpr(s, id, e.getValue(), e.getKey(), depth + 1));
            } else if (item.isScalar() && !item.textOr("").isBlank()) {
                members.add(new ProbeExpr.Ref(item.textOr("").trim()));
            } else {
                throw new RubricException(s.name, item.line(), "criterion '" + id + "': a probe is an id or a group {any|all|every-read: [ids]}");
            }
        }
        if (members.isEmpty()) {
            throw new RubricException(s.name, node.isMissing() ? 0 : node.line(), "criterion '" + id + "': 'probes' must list at least one probe id");
        }
        return members.size() == 1 && members.get(0) instanceof ProbeExpr.Ref r ? r : new ProbeExpr.Group(combine, members);
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parseOr(Source s, int line, Parse<T> p) {
        try {
            return p.get();
        } catch (IllegalArgumentException e) {
            throw new RubricException(s.name, line, e.getMessage());
        }
    }

    private static String required(Source s, YamlNode node, String key) {
        String v = node.get(key).textOr("").trim();
        if (v.isEmpty()) {
            throw new RubricException(s.name, node.line(), "missing '" + key + "'");
        }
        return v;
    }

    private static int integer(Source s, YamlNode node, String key) {
        String v = required(s, node, key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new RubricException(s.name, node.get(key).line(), "'" + key + "' must be a whole number, not '" + v + "'");
        }
    }

    private static Object plain(YamlNode n) {
        if (n.isSequence()) {
            return n.items().stream().map(RubricLoader::plain).toList();
        }
        if (n.isMapping()) {
            Map<String, Object> m = new LinkedHashMap<>();
            n.entries().forEach((k, v) -> m.put(k, plain(v)));
            return m;
        }
        String t = n.textOr("");
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }
}
