package dev.maturity.core.audit;

import dev.maturity.core.model.GitLocation;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads committed blobs for the evidence capture and for {@code verify --repo}: the git source
 * implements it (all I/O stays in the collectors' modules).
 */
public interface CommittedBlobs {

    /** The blob at {@code at.commit():at.path()} in the repository {@code at.repo()} names, or empty when it is not there. */
    Optional<Blob> read(GitLocation at) throws IOException;

    /** A blob's id and bytes (at most {@code PackLimits.MAX_FILE_BYTES}; {@code truncated} when it was longer). */
    record Blob(String id, byte[] bytes, boolean truncated) {
    }
}
