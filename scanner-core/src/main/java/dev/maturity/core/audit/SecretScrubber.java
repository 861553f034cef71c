package dev.maturity.core.audit;

import dev.maturity.core.digest.Digests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.maturity.core.secret.Redactor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from evidence before it is written into a pack: values of keys that name secrets
 * (whose last word is key, token, password, secret or credential: {@code OPENAI_API_KEY}, {@code apiKey},
 * {@code db.password}; not {@code tokenUsage}), known token
 * formats (AWS and Google keys, {@code sk-…}, GitHub, GitLab, Slack, Hugging Face tokens, JWTs, bearer
 * headers) and the data of Kubernetes {@code Secret}s. Each is replaced by
 * {@code [REDACTED sha256:<hex>]}, the SHA-256 of the value, so a reviewer can check a value shown to
 * them elsewhere without the pack holding it. References ({@code ${{ secrets.X }}}, {@code $VAR}) and
 * environment variable names stay: they are evidence, not secrets. Every secret the process holds
 * ({@link Redactor}) is masked last.
 */
public final class SecretScrubber {

    /** The last word of a name that makes it name a secret: {@code OPENAI_API_KEY}, {@code apiKey}, {@code db.password}, not {@code tokenUsage}. */
    private static final Set<String> SECRET_WORDS = Set.of("key", "apikey", "token", "password", "passwd", "pwd", "secret",
            "credential", "credentials");
    private static final Pattern WORDS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");
    /** {@code NAME: value}, {@code NAME=value}, {@code "NAME": "value"} on one line. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "([A-Za-z0-9_.-]+)([\"']?[ \\t]*[:=][ \\t]*)([\"']?)([^\\s\"',}#]+)");
    private static final Pattern TOKENS = Pattern.compile(String.join("|",
            "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b",                       // AWS access key ids
            "\\bAIza[0-9A-Za-z_-]{35}\\b",                            // Google API keys
            "\\bsk-[A-Za-z0-9_-]{16,}",                               // OpenAI, Anthropic (sk-ant-…)
            "\\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{30,}\\b",         // GitHub tokens
            "\\bgithub_pat_[A-Za-z0-9_]{30,}\\b",
            "\\bglpat-[A-Za-z0-9_-]{20,}\\b",                         // GitLab
            "\\bxox[abposr]-[A-Za-z0-9-]{10,}\\b",                    // Slack
            "\\bhf_[A-Za-z0-9]{30,}\\b",                              // Hugging Face
            "\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", // JWTs
            "(?<=[Bb]earer )[A-Za-z0-9._~+/=-]{12,}"));
    private static final Pattern NOT_A_VALUE = Pattern.compile("\\$.*|[A-Z][A-Z0-9_]*|true|false|null|~|\\[\\]|\\{\\}|\\||>|[0-9]{1,5}");

    private SecretScrubber() {
    }

    /** Whether a key or variable name says its value is a secret (by its last word). */
    public static boolean secretName(String name) {
        String[] words = WORDS.split(name);
        return words.length > 0 && SECRET_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** The marker a removed value becomes. */
    public static String marker(String value) {
        return "[REDACTED sha256:" + Digests.hex(value) + "]";
    }

    /** A line (or lines) of committed text with secrets replaced; counts each replacement in {@code count}. */
    public static String text(String text, int[] count) {
        Matcher m = ASSIGNMENT.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String value = m.group(4);
            String replacement = !secretName(m.group(1)) || NOT_A_VALUE.matcher(value).matches() || value.startsWith("[REDACTED")
                    ? m.group() : m.group(1) + m.group(2) + m.group(3) + marker(value);
            if (!replacement.equals(m.group())) {
                count[0]++;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return tokens(sb.toString(), count);
    }

    /** A whole rendered document (report, controls) with known token formats and the process's secrets removed. */
    public static String document(String text) {
        return tokens(text, new int[1]);
    }

    private static String tokens(String text, int[] count) {
        Matcher m = TOKENS.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            count[0]++;
            m.appendReplacement(sb, Matcher.quoteReplacement(marker(m.group())));
        }
        m.appendTail(sb);
        return Redactor.redact(sb.toString());
    }

    /** A JSON tree (an object read from MLflow or Kubernetes) with secrets replaced in place; returns the count. */
    public static int json(JsonNode node) {
        int[] count = {0};
        walk(node, count, secretObject(node));
        return count[0];
    }

    private static boolean secretObject(JsonNode node) {
        return node.isObject() && (node.path("kind").asText().equals("Secret")
                || node.path("body").path("kind").asText().equals("Secret"));
    }

    private static void walk(JsonNode node, int[] count, boolean inSecret) {
        if (node instanceof ObjectNode o) {
            boolean secret = inSecret || secretObject(o);
            String pairName = o.path("name").isTextual() ? o.path("name").asText() : o.path("key").asText("");
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            for (Map.Entry<String, JsonNode> f : fields) {
                String key = f.getKey();
                JsonNode v = f.getValue();
                boolean secretData = secret && (key.equals("data") || key.equals("stringData"));
                if (v.isTextual() && (secretName(key) && !key.equals("key")
                        || key.equals("value") && secretName(pairName))) {
                    replace(o, key, v.asText(), count);
                } else if (secretData && v.isObject()) {
                    List<String> names = new ArrayList<>();
                    v.fieldNames().forEachRemaining(names::add);
                    names.forEach(n -> replace((ObjectNode) v, n, v.path(n).asText(), count));
                } else if (v.isTextual()) {
                    o.set(key, cleaned(v, count));
                } else {
                    walk(v, count, secret);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual()) {
                    a.set(i, cleaned(v, count));
                } else {
                    walk(v, count, inSecret);
                }
            }
        }
    }

    /** A text value with known token formats removed (the same node when there were none). */
    private static JsonNode cleaned(JsonNode v, int[] count) {
        int[] c = {0};
        String cleaned = tokens(v.asText(), c);
        if (cleaned.equals(v.asText())) {
            return v;
        }
        count[0] += Math.max(1, c[0]);
        return TextNode.valueOf(cleaned);
    }

    private static void replace(ObjectNode o, String key, String value, int[] count) {
        if (value.isEmpty() || NOT_A_VALUE.matcher(value).matches()) {
            return;
        }
        count[0]++;
        o.set(key, TextNode.valueOf(marker(value)));
    }
}
