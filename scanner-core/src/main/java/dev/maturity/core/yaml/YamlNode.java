package dev.maturity.core.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only YAML node (mapping, sequence or scalar) with its 1-based line range. Navigation
 * never returns null: a missing key yields {@link #MISSING}, which answers empty to everything.
 */
public final class YamlNode {

    /** What a node holds. */
    public enum Kind { MAPPING, SEQUENCE, SCALAR, MISSING }

    public static final YamlNode MISSING = new YamlNode(Kind.MISSING, null, List.of(), Map.of(), 0, 0);

    private final Kind kind;
    private final String scalar;
    private final List<YamlNode> items;
    private final Map<String, YamlNode> entries;
    private final int line;
    private final int endLine;

    private YamlNode(Kind kind, String scalar, List<YamlNode> items, Map<String, YamlNode> entries, int line, int endLine) {
        this.kind = kind;
        this.scalar = scalar;
        this.items = items;
        this.entries = entries;
        this.line = line;
        this.endLine = endLine;
    }

    static YamlNode scalar(String value, int line, int endLine) {
        return new YamlNode(Kind.SCALAR, value, List.of(), Map.of(), line, endLine);
    }

    static YamlNode sequence(List<YamlNode> items, int line, int endLine) {
        return new YamlNode(Kind.SEQUENCE, null, List.copyOf(items), Map.of(), line, endLine);
    }

    static YamlNode mapping(LinkedHashMap<String, YamlNode> entries, int line, int endLine) {
        return new YamlNode(Kind.MAPPING, null, List.of(), Collections.unmodifiableMap(entries), line, endLine);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isMissing() {
        return kind == Kind.MISSING;
    }

    public boolean isMapping() {
        return kind == Kind.MAPPING;
    }

    public boolean isSequence() {
        return kind == Kind.SEQUENCE;
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    /** The value under a key of a mapping, or MISSING. */
    public YamlNode get(String key) {
        YamlNode n = entries.get(key);
        return n == null ? MISSING : n;
    }

    /** Follows keys one after another: {@code at("spec", "strategy", "canary")}. */
    public YamlNode at(String... keys) {
        YamlNode n = this;
        for (String k : keys) {
            n = n.get(k);
        }
        return n;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Entries of a mapping in document order; empty for other kinds. */
    public Map<String, YamlNode> entries() {
        return entries;
    }

    /** Items of a sequence; a scalar or mapping reads as a one-item list; MISSING as empty. */
    public List<YamlNode> items() {
        if (kind == Kind.SEQUENCE) {
            return items;
        }
        return kind == Kind.MISSING ? List.of() : List.of(this);
    }

    /** The scalar text, or empty when this is not a scalar. */
    public Optional<String> text() {
        return kind == Kind.SCALAR && scalar != null ? Optional.of(scalar) : Optional.empty();
    }

    public String textOr(String dflt) {
        return text().orElse(dflt);
    }

    /** Scalars of this node (itself, or the scalar items of a sequence). */
    public List<String> texts() {
        return items().stream().map(YamlNode::text).flatMap(Optional::stream).toList();
    }

    /** True when this is a non-empty mapping or sequence, or a non-blank scalar. */
    public boolean hasContent() {
        return switch (kind) {
            case MAPPING -> !entries.isEmpty();
            case SEQUENCE -> !items.isEmpty();
            case SCALAR -> scalar != null && !scalar.isBlank();
            case MISSING -> false;
        };
    }

    public int line() {
        return line;
    }

    public int endLine() {
        return endLine;
    }

    /** Visits this node and every node beneath it, depth first. */
    public void walk(java.util.function.Consumer<YamlNode> visitor) {
        visitor.accept(this);
        items.forEach(n -> n.walk(visitor));
        entries.values().forEach(n -> n.walk(visitor));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SCALAR -> scalar;
            case SEQUENCE -> items.toString();
            case MAPPING -> entries.toString();
            case MISSING -> "<missing>";
        };
    }
}
