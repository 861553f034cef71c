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
 * padding) of the value and of {@code user:value}, and the value's Base64 embedded in any longer
 * encoded text (a Basic header with a user name it was never told).
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
        embedded(value, forms);
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

    private static final java.util.regex.Pattern USER_INFO = java.util.regex.Pattern.compile("(?<=//)[^/?#]*@");
    private static final java.util.regex.Pattern PASSWORD_PARAMETER = java.util.regex.Pattern.compile("(?i)(password=)[^&;]*");

    /**
     * A URL (http, git, JDBC, or a plain path) as messages may show it: the user info dropped up to the
     * last {@code @} of the authority (a password may hold one), {@code password=} parameters masked.
     * The one URL redactor of the tool; {@link #redact} still removes any registered secret elsewhere.
     */
    public static String url(String url) {
        if (url == null) {
            return "";
        }
        String out = USER_INFO.matcher(url).replaceFirst("");
        return PASSWORD_PARAMETER.matcher(out).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(MASK));
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

    /** Shortest Base64 run of a secret embedded in a longer encoded text that is masked (shorter ones could match plain words). */
    private static final int MIN_EMBEDDED = 8;

    /**
     * The secret's Base64 inside any longer encoded text ({@code anyuser:secret}, a dumped header):
     * at each of the three byte offsets it can start at, the characters that depend on the secret
     * alone, in the standard and URL-safe alphabets. Masking them masks the secret whatever
     * precedes it.
     */
    private static void embedded(String value, List<String> forms) {
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        for (int offset = 0; offset < 3; offset++) {
            byte[] shifted = new byte[offset + raw.length];
            System.arraycopy(raw, 0, shifted, offset, raw.length);
            int firstGroup = (offset + 2) / 3;
            int endGroup = shifted.length / 3;
            if (4 * (endGroup - firstGroup) < MIN_EMBEDDED) {
                continue;
            }
            for (Base64.Encoder e : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                forms.add(e.withoutPadding().encodeToString(shifted).substring(4 * firstGroup, 4 * endGroup));
            }
        }
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
