package dev.maturity.probes.git.history;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises CI and bot identities by glob patterns over a commit identity's name and e-mail
 * (rubric parameter {@code bot.identities}; {@code *} any text, {@code ?} one character, all else literal).
 */
public final class BotIdentities {

    public static final String PARAMETER = "bot.identities";
    public static final List<String> DEFAULTS = List.of("*[bot]*", "*-bot*", "*bot@*", "github-actions*", "gitlab-ci*",
            "ci@*", "*pipeline*", "*automation*");

    private final List<Pattern> patterns;

    public BotIdentities(List<String> globs) {
        this.patterns = globs.stream().map(BotIdentities::compile).toList();
    }

    private static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        for (char ch : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (ch) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(re.toString());
    }

    /** Whether the identity's name, e-mail or {@code name <email>} matches a pattern. */
    public boolean matches(String name, String email) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String e = email == null ? "" : email.toLowerCase(Locale.ROOT);
        String both = n + " <" + e + ">";
        return patterns.stream().anyMatch(p -> p.matcher(n).matches() || p.matcher(e).matches() || p.matcher(both).matches());
    }

    /** Whether the change was authored or committed by automation. */
    public boolean madeBy(MlChange c) {
        return matches(c.authorName(), c.authorEmail()) || matches(c.committerName(), c.committerEmail());
    }
}
