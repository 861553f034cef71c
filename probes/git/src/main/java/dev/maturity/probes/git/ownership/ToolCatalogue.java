package dev.maturity.probes.git.ownership;

import dev.maturity.core.facts.Fact;
import dev.maturity.core.model.Evidence;
import java.util.List;

/**
 * A catalogue of tools an LLM may call: an MCP client config ({@code .mcp.json}, {@code .cursor/mcp.json}
 * with {@code mcpServers}; {@code .vscode/mcp.json} with {@code servers}) or OpenAI-style function
 * schemas ({@code {"type":"function","function":{"name",...,"parameters"}}}) in JSON, YAML or code.
 *
 * @param names the MCP server names or function names declared
 */
public record ToolCatalogue(String repo, String path, Kind kind, List<String> names, Evidence evidence) implements Fact {

    /** What kind of catalogue. */
    public enum Kind { MCP_CONFIG, FUNCTION_SCHEMA }

    public ToolCatalogue {
        names = List.copyOf(names);
    }
}
