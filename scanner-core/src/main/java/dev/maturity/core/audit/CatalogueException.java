package dev.maturity.core.audit;

import dev.maturity.core.rubric.RubricException;

/** An invalid control catalogue: the message names the file and line (a configuration error, like a bad rubric). */
public final class CatalogueException extends RubricException {
    public CatalogueException(String file, int line, String message) {
        super(file, line, message);
    }
}
