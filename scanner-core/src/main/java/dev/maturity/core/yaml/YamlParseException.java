package dev.maturity.core.yaml;

/** A YAML or JSON document that could not be read; {@link #line()} is 1-based, 0 when unknown. */
public class YamlParseException extends Exception {
    private final int line;

    public YamlParseException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
