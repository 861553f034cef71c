package dev.maturity.core.secret;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one redactor for everything that leaves the process (standard error, every report format,
 * history, progress lines). It knows every secret value the process holds — credentials from the
 * environment, URL user info, tokens a collector loaded — and removes each in every form it could
 * have been sent or echoed in: raw, URL-encoded, Base64 (standard and URL-safe, with and without
 * padding) of the value and of {@code user:value}.
 */
public final class Redactor {

    /** What a removed secret is replaced with. */
    public static final String MASK = "***";

    /** Environment variables whose values are credentials. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|CREDENTIAL).*");
    /** User names tokens are commonly sent with in Basic authentication. */
    private static final List<String> TOKEN_USERS = List.of("x-access-token", "oauth2", "token", "git", "x-token-auth",
            "gitlab-ci-token", "bearer", "");
    private static final int MIN_LENGTH = 6;

    private static final Set<String> FORMS = ConcurrentHashMap.newKeySet();
    private static volatile List<String> ordered = List.of();

    private Redactor() {
    }

    /** Registers a secret value (ignored when too short to be one: it would mask ordinary words). */
    public static void secret(String value) {
        pair(null, value);
    }

    /** Registers a secret sent with a user name, so {@code user:secret} in Base64 is caught too. */
    public static void pair(String user, String value) {
        if (value == null || value.length() < MIN_LENGTH) {
            return;
        }
        List<String> forms = new ArrayList<>(List.of(value, URLEncoder.encode(value, StandardCharsets.UTF_8)));
        base64(value, forms);
        List<String> users = new ArrayList<>(TOKEN_USERS);
        if (user != null) {
            users.add(user);
        }
        for (String u : users) {
            base64(u + ":" + value, forms);
        }
        boolean changed = false;
        for (String f : forms) {
            changed |= FORMS.add(f);
        }
        if (changed) {
            ordered = FORMS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    /** Registers the values of every environment variable whose name says it holds a credential. */
    public static void fromEnvironment(Map<String, String> env) {
        env.forEach((name, value) -> {
            if (SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches()) {
                secret(value);
            }
        });
        String user = env.get("MLFLOW_TRACKING_USERNAME");
        if (user != null) {
            pair(user, env.get("MLFLOW_TRACKING_PASSWORD"));
        }
    }

    /** The text with every known secret, in every form, replaced by {@link #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String form : ordered) {
            if (out.contains(form)) {
                out = out.replace(form, MASK);
            }
        }
        return out;
    }

    private static void base64(String text, List<String> forms) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String std = Base64.getEncoder().encodeToString(bytes);
        String url = Base64.getUrlEncoder().encodeToString(bytes);
        forms.add(std);
        forms.add(url);
        forms.add(std.replaceAll("=+$", ""));
        forms.add(url.replaceAll("=+$", ""));
    }
}
