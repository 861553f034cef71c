package dev.maturity.core.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns one composed document into {@link YamlNode}s. A node that aliases point to is converted
 * once and shared, and what each node expands to (nodes, scalar characters, height) is computed
 * from its children's memoised sizes: the work is linear in the document as written, while the
 * limits apply to the document as a consumer walking it would see it.
 */
final class YamlTreeBuilder {

    /** What a converted node expands to. */
    private record Size(long nodes, long chars, int height) {
    }

    private final long maxNodes;
    private final long maxChars;
    private final int maxDepth;
    private final Map<Node, YamlNode> converted = new IdentityHashMap<>();
    private final Map<YamlNode, Size> sizes = new IdentityHashMap<>();
    private long mergedEntries;

    YamlTreeBuilder(long maxNodes, long maxChars, int maxDepth) {
        this.maxNodes = maxNodes;
        this.maxChars = maxChars;
        this.maxDepth = maxDepth;
    }

    YamlNode build(Node root) throws YamlParseException {
        return convert(root, 0);
    }

    long nodes(YamlNode n) {
        Size s = sizes.get(n);
        return s == null ? 1 : s.nodes();
    }

    long scalarChars(YamlNode n) {
        Size s = sizes.get(n);
        return s == null ? 0 : s.chars();
    }

    private YamlNode convert(Node node, int depth) throws YamlParseException {
        int line = node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        if (depth > maxDepth) {
            throw new YamlParseException("nesting deeper than " + maxDepth + " levels", line);
        }
        YamlNode done = converted.get(node);
        if (done != null) {
            // an alias: shared, but as deep as the place it is used
            if (depth + sizes.get(done).height() > maxDepth) {
                throw new YamlParseException("nesting deeper than " + maxDepth + " levels once aliases are followed", line);
            }
            return done;
        }
        int end = node.getEndMark() == null ? line : Math.max(line, endLine(node));
        YamlNode out;
        if (node instanceof ScalarNode s) {
            out = YamlNode.scalar(s.getValue(), line, end);
            record(out, new Size(1, s.getValue().length(), 0), line);
        } else if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>(seq.getValue().size());
            for (Node child : seq.getValue()) {
                items.add(convert(child, depth + 1));
            }
            boolean block = seq.getFlowStyle() == DumperOptions.FlowStyle.BLOCK && !items.isEmpty();
            out = YamlNode.sequence(items, line, block ? Math.max(line, items.get(items.size() - 1).endLine()) : end);
            record(out, sum(items), line);
        } else if (node instanceof MappingNode map) {
            out = mapping(map, depth, line, end);
        } else {
            return YamlNode.MISSING;
        }
        converted.put(node, out);
        return out;
    }

    private YamlNode mapping(MappingNode map, int depth, int line, int end) throws YamlParseException {
        LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            String key = k instanceof ScalarNode ks ? ks.getValue() : complexKey(k, depth, line);
            if ("<<".equals(key)) {
                YamlNode merged = convert(t.getValueNode(), depth + 1);
                for (YamlNode m : merged.items()) {
                    mergedEntries += m.entries().size();
                    if (mergedEntries > maxNodes) {
                        throw new YamlParseException("merge keys (<<) copy more than " + maxNodes + " entries", line);
                    }
                    m.entries().forEach(entries::putIfAbsent);
                }
                continue;
            }
            entries.put(key, convert(t.getValueNode(), depth + 1));
        }
        int last = line;
        for (YamlNode v : entries.values()) {
            last = Math.max(last, v.endLine());
        }
        // a block collection's end mark sits on the next sibling's line: end at its last value instead;
        // a flow collection ({...}, JSON) ends at its closing bracket
        last = map.getFlowStyle() == DumperOptions.FlowStyle.BLOCK && !entries.isEmpty() ? last : end;
        YamlNode out = YamlNode.mapping(entries, line, last);
        Size values = sum(entries.values());
        long keyChars = 0;
        for (String key : entries.keySet()) {
            keyChars += key.length();
        }
        record(out, new Size(values.nodes(), values.chars() + keyChars, values.height()), line);
        return out;
    }

    /** A non-scalar key reads as its text, which is bounded like any other expansion. */
    private String complexKey(Node k, int depth, int line) throws YamlParseException {
        YamlNode key = convert(k, depth + 1);
        if (nodes(key) > 1_000 || scalarChars(key) > 64 * 1024) {
            throw new YamlParseException("a mapping key expands to more than 1000 nodes", line);
        }
        return String.valueOf(key);
    }

    private Size sum(Iterable<YamlNode> children) {
        long nodes = 1;
        long chars = 0;
        int height = 0;
        for (YamlNode c : children) {
            Size s = sizes.get(c);
            if (s == null) {
                continue;
            }
            nodes = saturated(nodes + s.nodes());
            chars = saturated(chars + s.chars());
            height = Math.max(height, s.height() + 1);
        }
        return new Size(nodes, chars, height);
    }

    private static long saturated(long v) {
        return v < 0 ? Long.MAX_VALUE : v;
    }

    private void record(YamlNode n, Size s, int line) throws YamlParseException {
        if (s.nodes() > maxNodes) {
            throw new YamlParseException("the document expands to more than " + maxNodes + " nodes once aliases are followed", line);
        }
        if (s.chars() > maxChars) {
            throw new YamlParseException("the document expands to more than " + maxChars + " characters of text once aliases are followed", line);
        }
        sizes.put(n, s);
    }

    private static int endLine(Node node) {
        Mark m = node.getEndMark();
        int line = m.getLine() + 1;
        // A block ends at column 0 of the following line; report the last line with content.
        if (m.getColumn() == 0 && line > node.getStartMark().getLine() + 1) {
            line--;
        }
        return line;
    }
}
