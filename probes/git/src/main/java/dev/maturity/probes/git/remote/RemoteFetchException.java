package dev.maturity.probes.git.remote;

import java.io.IOException;

/** A remote repository could not be cloned or fetched; the message names the URL without its secret. */
public final class RemoteFetchException extends IOException {

    public RemoteFetchException(String message) {
        super(message);
    }
}
