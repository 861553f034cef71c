package dev.maturity.core.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The frameworks an audit maps evidence to, by the names the command line and catalogue use. */
public enum Framework {
    EU_AI_ACT("eu-ai-act", "EU AI Act"),
    NIST_AI_RMF("nist-ai-rmf", "NIST AI RMF 1.0"),
    ISO_42001("iso-42001", "ISO/IEC 42001:2023 Annex A");

    private final String id;
    private final String title;

    Framework(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Framework> of(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** The valid names, for error messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Framework::id).toList());
    }
}
