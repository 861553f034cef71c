package dev.maturity.core.rubric;

/** An invalid rubric: the message names the file and line. */
public class RubricException extends RuntimeException {
    public RubricException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
