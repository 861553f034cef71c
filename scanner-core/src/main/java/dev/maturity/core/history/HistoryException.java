package dev.maturity.core.history;

/** The history store could not be opened, migrated, written or read; the message names the store, never a password. */
public final class HistoryException extends RuntimeException {
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public HistoryException(String message) {
        super(message);
    }
}
