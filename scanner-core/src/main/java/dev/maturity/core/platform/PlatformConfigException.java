package dev.maturity.core.platform;

import java.nio.file.Path;

/** A {@code maturity.yaml} the user must fix; the message names the file, the line and the key. */
public final class PlatformConfigException extends IllegalArgumentException {

    private final Path file;
    private final int line;
    private final String key;

    public PlatformConfigException(Path file, int line, String key, String problem) {
        super(file + ":" + line + ": " + key + ": " + problem);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String key() {
        return key;
    }
}
