package dev.maturity.probes.git.ownership;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import dev.maturity.probes.git.docs.TextLines;
import dev.maturity.probes.git.prompts.TestFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds tool catalogues: MCP configs by their well-known paths, and OpenAI-style function schemas in
 * JSON/YAML files (parsed) and in Python/TypeScript/JavaScript sources (matched line by line); test
 * code is left out. An MCP config that does not parse is reported with its line and the scan goes on.
 */
public final class ToolCatalogueExtractor implements Extractor {

    private static final Set<String> SKIP = Set.of("package-lock.json", "package.json", "composer.lock", "tsconfig.json");
    private static final long MAX_SCHEMA_BYTES = 512 * 1024;

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files()) {
            String key = mcpKey(f.path());
            if (key != null) {
                repo.text(f.path()).ifPresent(t -> mcp(repo, f.path(), t, key, sink));
            } else if (f.size() <= MAX_SCHEMA_BYTES && !SKIP.contains(f.name()) && !TestFiles.isTest(f.path())) {
                if (f.hasExtension(".json", ".yaml", ".yml")) {
                    repo.text(f.path()).filter(ToolCatalogueExtractor::mentionsFunctionSchema)
                            .ifPresent(t -> schemaDocument(repo, f.path(), t, sink));
                } else if (f.hasExtension(".py", ".ts", ".js", ".mjs")) {
                    repo.text(f.path()).filter(ToolCatalogueExtractor::mentionsFunctionSchema)
                            .ifPresent(t -> FunctionSchemaLines.find(t).ifPresent(m -> sink.fact(new ToolCatalogue(repo.name(),
                                    f.path(), ToolCatalogue.Kind.FUNCTION_SCHEMA, m.names(), repo.evidence(f.path(), m.first(),
                                    m.last(), Strength.DECLARED, "function tool schema(s) in code: " + String.join(", ", m.names()))))));
                }
            }
        }
    }

    /** The key that lists servers in an MCP config at this path, or null when the path is no MCP config. */
    static String mcpKey(String path) {
        if (path.equals(".vscode/mcp.json") || path.endsWith("/.vscode/mcp.json")) {
            return "servers";
        }
        if (path.equals(".mcp.json") || path.endsWith("/.mcp.json") || path.equals(".cursor/mcp.json")
                || path.endsWith("/.cursor/mcp.json")) {
            return "mcpServers";
        }
        return null;
    }

    private static boolean mentionsFunctionSchema(String text) {
        return text.contains("function") && text.contains("parameters");
    }

    private static void mcp(RepoSnapshot repo, String path, String text, String key, Sink sink) {
        YamlNode doc;
        try {
            doc = SafeYaml.parse(withoutLineComments(text), repo.yamlBudget());
        } catch (YamlParseException e) {
            sink.unreadable(path, e.line(), "MCP config: " + e.getMessage());
            return;
        }
        YamlNode servers = doc.get(key);
        if (!servers.isMapping() || servers.entries().isEmpty()) {
            return;
        }
        List<String> names = List.copyOf(servers.entries().keySet());
        sink.fact(new ToolCatalogue(repo.name(), path, ToolCatalogue.Kind.MCP_CONFIG, names,
                repo.evidence(path, servers.line(), TextLines.lastContent(text, servers.line(), servers.endLine()), Strength.DECLARED,
                        "MCP config: " + key + " " + String.join(", ", names))));
    }

    /** VS Code reads mcp.json as JSON with comments; whole-line {@code //} comments are blanked (lines kept). */
    private static String withoutLineComments(String text) {
        return String.join("\n", text.lines().map(l -> l.stripLeading().startsWith("//") ? "" : l).toList());
    }

    private static void schemaDocument(RepoSnapshot repo, String path, String text, Sink sink) {
        List<YamlNode> docs;
        try {
            docs = SafeYaml.parseAll(text, repo.yamlBudget());
        } catch (YamlParseException e) {
            // Only a guess that this file holds tool schemas; other extractors report files they own.
            return;
        }
        List<String> names = new ArrayList<>();
        int[] range = {0, 0};
        for (YamlNode doc : docs) {
            doc.walk(n -> {
                String name = functionName(n);
                if (name != null) {
                    names.add(name);
                    range[0] = range[0] == 0 ? n.line() : Math.min(range[0], n.line());
                    range[1] = Math.max(range[1], n.endLine());
                }
            });
        }
        if (!names.isEmpty()) {
            int end = TextLines.lastContent(text, range[0], range[1]);
            sink.fact(new ToolCatalogue(repo.name(), path, ToolCatalogue.Kind.FUNCTION_SCHEMA, names, repo.evidence(path,
                    range[0], end, Strength.DECLARED, "function tool schema(s): " + String.join(", ", names))));
        }
    }

    /** The function's name when the node is a tool schema (Chat Completions or Responses shape), else null. */
    private static String functionName(YamlNode n) {
        if (!n.isMapping() || !n.get("type").textOr("").equals("function")) {
            return null;
        }
        YamlNode fn = n.get("function").isMapping() ? n.get("function") : n;
        String name = fn.get("name").textOr("");
        return !name.isBlank() && fn.get("parameters").isMapping() ? name : null;
    }
}
