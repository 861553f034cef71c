package dev.maturity.core.waiver;

/** An invalid waiver file: the message names the file and line. */
public class WaiverException extends RuntimeException {

    public WaiverException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
