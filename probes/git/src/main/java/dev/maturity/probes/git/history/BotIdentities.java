package dev.maturity.probes.git.history;

import dev.maturity.core.glob.Glob;
import java.util.List;
import java.util.Locale;

/**
 * Recognises CI and bot identities by glob patterns over a commit identity's name and e-mail
 * (rubric parameter {@code bot.identities}; {@code *} any text, {@code ?} one character, all else literal;
 * matched by RE2 in linear time).
 */
public final class BotIdentities {

    public static final String PARAMETER = "bot.identities";
    public static final List<String> DEFAULTS = List.of("*[bot]*", "*-bot*", "*bot@*", "github-actions*", "gitlab-ci*",
            "ci@*", "*pipeline*", "*automation*");

    private final List<Glob> patterns;

    public BotIdentities(List<String> globs) {
        this.patterns = globs.stream().map(BotIdentities::compile).toList();
    }

    private static Glob compile(String glob) {
        return Glob.text(glob.toLowerCase(Locale.ROOT));
    }

    /** Whether the identity's name, e-mail or {@code name <email>} matches a pattern. */
    public boolean matches(String name, String email) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String e = email == null ? "" : email.toLowerCase(Locale.ROOT);
        String both = n + " <" + e + ">";
        return patterns.stream().anyMatch(p -> p.matches(n) || p.matches(e) || p.matches(both));
    }

    /** Whether the change was authored or committed by automation. */
    public boolean madeBy(MlChange c) {
        return matches(c.authorName(), c.authorEmail()) || matches(c.committerName(), c.committerEmail());
    }
}
