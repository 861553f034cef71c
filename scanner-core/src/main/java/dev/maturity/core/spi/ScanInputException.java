package dev.maturity.core.spi;

/** The user asked for something that cannot be scanned as given; the CLI maps it to exit code 2. */
public class ScanInputException extends RuntimeException {
    public ScanInputException(String message) {
        super(message);
    }

    public ScanInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
