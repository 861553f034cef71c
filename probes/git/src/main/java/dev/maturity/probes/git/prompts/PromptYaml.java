package dev.maturity.probes.git.prompts;

import dev.maturity.core.yaml.YamlNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises prompts in parsed YAML/JSON: chat {@code messages} with roles and content, LangChain
 * serialized prompts ({@code _type: prompt|chat}), and prose under {@code system}, {@code prompt},
 * {@code template} or similar keys. Returns the lines the prompts span.
 */
final class PromptYaml {

    private static final Set<String> PROSE_KEYS = Set.of("system", "system_prompt", "prompt", "user_prompt", "template",
            "instructions", "user");
    private static final Set<String> LANGCHAIN_TYPES = Set.of("prompt", "chat", "few_shot");
    private static final Set<String> ROLES = Set.of("system", "user", "assistant", "developer", "human", "ai");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{?\\s*[A-Za-z_][\\w.]*\\s*}}?");

    private PromptYaml() {
    }

    /** First and last line of the prompt content in the documents, or empty when none holds a prompt. */
    static Optional<int[]> find(List<YamlNode> docs) {
        int[] range = {0, 0};
        for (YamlNode doc : docs) {
            doc.walk(n -> {
                for (YamlNode v : prompts(n)) {
                    range[0] = range[0] == 0 ? v.line() : Math.min(range[0], v.line());
                    range[1] = Math.max(range[1], v.endLine());
                }
            });
        }
        return range[0] == 0 ? Optional.empty() : Optional.of(range);
    }

    private static List<YamlNode> prompts(YamlNode n) {
        if (!n.isMapping()) {
            return List.of();
        }
        if (LANGCHAIN_TYPES.contains(n.get("_type").textOr("")) && (n.get("template").hasContent() || n.get("messages").hasContent())) {
            return List.of(n);
        }
        YamlNode messages = n.get("messages");
        if (messages.isSequence() && messages.items().stream().anyMatch(PromptYaml::chatMessage)) {
            return List.of(messages);
        }
        return n.entries().entrySet().stream()
                .filter(e -> PROSE_KEYS.contains(e.getKey().toLowerCase(Locale.ROOT)) && prose(e.getValue()))
                .map(java.util.Map.Entry::getValue).toList();
    }

    private static boolean chatMessage(YamlNode m) {
        return ROLES.contains(m.get("role").textOr("").toLowerCase(Locale.ROOT)) && m.get("content").hasContent();
    }

    /** At least five words, or a template placeholder: text written for a model, not a setting. */
    private static boolean prose(YamlNode v) {
        String s = v.textOr("");
        return PLACEHOLDER.matcher(s).find() || s.strip().split("\\s+").length >= 5;
    }
}
