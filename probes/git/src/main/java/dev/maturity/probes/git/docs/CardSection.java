package dev.maturity.probes.git.docs;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The sections a model card needs, recognised by heading (Hugging Face card template and common variants). */
public enum CardSection {
    INTENDED_USE("intended use|\\buses?\\b|use cases?|direct use|downstream use|out-of-scope|purpose"),
    METRICS("metric|evaluation|results|performance|benchmark"),
    LIMITATIONS("limitation|bias|risk|caveat|ethic|known issues|recommendation"),
    TRAINING_DATA("training data|training details|datasets?\\b|\\bdata\\b");

    private final Pattern heading;

    CardSection(String regex) {
        this.heading = Pattern.compile(regex);
    }

    /** The section a heading names, if any (first match in declaration order). */
    public static Optional<CardSection> of(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        for (CardSection s : values()) {
            if (s.heading.matcher(h).find()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
