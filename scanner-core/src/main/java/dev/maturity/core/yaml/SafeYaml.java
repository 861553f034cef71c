package dev.maturity.core.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads untrusted YAML (and JSON, its subset) without constructing objects, bounded by what a
 * document expands to, not only by how it is written: alias count, nesting depth and text length
 * as parsed, and the nodes and scalar characters the tree holds once every alias is followed (an
 * alias is converted once and shared, so a hostile file costs little and fails with a line number).
 * A {@link YamlBudget} bounds the sum over the documents of one scan.
 */
public final class SafeYaml {

    public static final int MAX_ALIASES = 50;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    /** Nodes one document may expand to, aliases followed. */
    public static final long MAX_NODES = 1_000_000L;
    /** Scalar characters one document may expand to, aliases followed. */
    public static final long MAX_SCALAR_CHARS = 16L * 1024 * 1024;

    private SafeYaml() {
    }

    /** Parses a single document; an empty text yields MISSING. */
    public static YamlNode parse(String text) throws YamlParseException {
        return parse(text, YamlBudget.unlimited());
    }

    /** Parses a single document, charged to a scan's budget. */
    public static YamlNode parse(String text, YamlBudget budget) throws YamlParseException {
        List<YamlNode> docs = parseAll(text, budget);
        return docs.isEmpty() ? YamlNode.MISSING : docs.get(0);
    }

    /**
     * Parses JSON. JSON strings may hold characters YAML forbids or reads as line breaks (DEL, the C1
     * controls, U+2028/U+2029, U+FFFE/U+FFFF; notebooks carry them in captured output); they are
     * written as {@code \\uXXXX} escapes first, which keeps every line number. Raw C0 controls, invalid
     * JSON, are escaped alike so that a notebook a lenient writer saved still reads.
     */
    public static YamlNode parseJson(String json) throws YamlParseException {
        return parseJson(json, YamlBudget.unlimited());
    }

    /** Parses JSON as {@link #parseJson(String)} does, charged to a scan's budget. */
    public static YamlNode parseJson(String json, YamlBudget budget) throws YamlParseException {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean escape = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f
                    || c == '\u2028' || c == '\u2029' || c == '\ufffe' || c == '\uffff';
            if (escape && sb == null) {
                sb = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (sb != null) {
                sb.append(escape ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return parse(sb == null ? json : sb.toString(), budget);
    }

    /**
     * Parses every document of a multi-document stream ({@code ---} separated). Only the composer
     * runs (what {@code Yaml.composeAll} does, without building the object constructor and
     * representer a {@code Yaml} instance carries, which nothing here uses).
     */
    public static List<YamlNode> parseAll(String text) throws YamlParseException {
        return parseAll(text, YamlBudget.unlimited());
    }

    /** Parses every document of a stream, each bounded on its own and all charged to the budget. */
    public static List<YamlNode> parseAll(String text, YamlBudget budget) throws YamlParseException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(false);
        List<YamlNode> out = new ArrayList<>();
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                    new Resolver(), options);
            while (composer.checkNode()) {
                Node node = composer.getNode();
                if (node != null) {
                    YamlTreeBuilder tree = new YamlTreeBuilder(MAX_NODES, MAX_SCALAR_CHARS, MAX_DEPTH);
                    YamlNode doc = tree.build(node);
                    budget.charge(tree.nodes(doc), tree.scalarChars(doc));
                    out.add(doc);
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            throw new YamlParseException(firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage()), line);
        } catch (YAMLException e) {
            throw new YamlParseException(firstLine(e.getMessage()), 0);
        } catch (StackOverflowError e) {
            throw new YamlParseException("nesting too deep to read", 0);
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid YAML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
