package dev.maturity.core.yaml;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What every document read in one scan may expand to, together: nodes and scalar characters after
 * aliases are followed. Each document is also bounded on its own ({@link SafeYaml#MAX_NODES},
 * {@link SafeYaml#MAX_SCALAR_CHARS}); this bounds many documents each just under those limits.
 * Thread-safe: extractors of one scan may parse in parallel.
 */
public final class YamlBudget {

    /** Nodes all documents of one repository scan may expand to. */
    public static final long SCAN_NODES = 20_000_000L;
    /** Scalar characters all documents of one repository scan may expand to. */
    public static final long SCAN_SCALAR_CHARS = 256L * 1024 * 1024;

    private final long nodeLimit;
    private final long charLimit;
    private final AtomicLong nodes = new AtomicLong();
    private final AtomicLong chars = new AtomicLong();

    public YamlBudget(long nodeLimit, long charLimit) {
        this.nodeLimit = nodeLimit;
        this.charLimit = charLimit;
    }

    /** The default budget of one repository scan. */
    public static YamlBudget perScan() {
        return new YamlBudget(SCAN_NODES, SCAN_SCALAR_CHARS);
    }

    /** No limit beyond each document's own. */
    public static YamlBudget unlimited() {
        return new YamlBudget(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Charges a parsed document; refuses it (charging nothing) when it would overdraw the budget. */
    void charge(long documentNodes, long documentChars) throws YamlParseException {
        if (nodes.addAndGet(documentNodes) > nodeLimit) {
            nodes.addAndGet(-documentNodes);
            throw new YamlParseException("YAML budget of this scan spent: all files together expand to more than "
                    + nodeLimit + " nodes", 0);
        }
        if (chars.addAndGet(documentChars) > charLimit) {
            chars.addAndGet(-documentChars);
            nodes.addAndGet(-documentNodes);
            throw new YamlParseException("YAML budget of this scan spent: all files together expand to more than "
                    + charLimit + " scalar characters", 0);
        }
    }
}
