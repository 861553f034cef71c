package dev.maturity.probes.git.prompts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prompts kept in a file of the code that exists to hold them: a Python, TypeScript or JavaScript
 * module named for prompts ({@code prompts.py}, {@code chat_prompts.py}, {@code prompt_templates.ts})
 * or inside a {@code prompts/} package, or a TOML file named for prompts ({@code pr_review_prompts.toml}).
 * It counts when it holds at least one prompt: a multi-line string (triple-quoted, or a template
 * literal) of at least five words that is not a docstring. Prompts written inline in application
 * logic are not files of their own and do not count.
 */
final class PromptModules {

    private static final Pattern MODULE_NAME = Pattern.compile("(?:.*[_-])?prompts?(?:[_-].*)?\\.(?:py|ts|js|mjs|toml)");
    private static final Pattern PY_OPEN = Pattern.compile("(?<![\\w\"'])[rRfFbBuU]{0,2}(\"\"\"|''')");
    private static final Pattern JS_OPEN = Pattern.compile("`");

    private PromptModules() {
    }

    /** Whether the file is a module dedicated to prompts: named so, or a code file inside a prompts/ tree (TOML only when named so). */
    static boolean candidate(String lowerPath, String lowerName, boolean inPromptsDir) {
        boolean code = lowerName.endsWith(".py") || lowerName.endsWith(".ts") || lowerName.endsWith(".js") || lowerName.endsWith(".mjs");
        return MODULE_NAME.matcher(lowerName).matches() && !lowerName.equals("__init__.py")
                || inPromptsDir && code;
    }

    /** First and last line of the prompt strings the file holds, or empty when it holds none. */
    static Optional<int[]> find(String text, String lowerName) {
        boolean js = !lowerName.endsWith(".py") && !lowerName.endsWith(".toml");
        Matcher open = (js ? JS_OPEN : PY_OPEN).matcher(text);
        int first = 0;
        int last = 0;
        int from = 0;
        while (from < text.length() && open.find(from)) {
            String quote = js ? "`" : open.group(1);
            int start = open.end();
            int end = text.indexOf(quote, start);
            if (end < 0) {
                break;
            }
            String body = text.substring(start, end);
            if (body.contains("\n") && body.strip().split("\\s+").length >= 5 && (js || !docstring(text, open.start()))) {
                first = first == 0 ? lineOf(text, open.start()) : first;
                last = lineOf(text, end);
            }
            from = end + quote.length();
        }
        return first == 0 ? Optional.empty() : Optional.of(new int[] {first, last});
    }

    /** A string statement right after a {@code def}/{@code class} line or at the top of the module documents the code. */
    private static boolean docstring(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        if (!text.substring(lineStart, at).isBlank()) {
            return false;
        }
        String before = text.substring(0, lineStart).strip();
        if (before.isEmpty()) {
            return true;
        }
        String previous = before.substring(before.lastIndexOf('\n') + 1).strip();
        return previous.endsWith(":") && previous.toLowerCase(Locale.ROOT).matches("(async\\s+)?(def|class)\\b.*");
    }

    private static int lineOf(String text, int offset) {
        return dev.maturity.probes.git.docs.TextLines.lineOf(text, offset);
    }
}
