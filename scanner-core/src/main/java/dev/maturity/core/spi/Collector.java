package dev.maturity.core.spi;

/**
 * Reads one kind of system and turns what it reads into facts. All I/O of a scan lives in
 * collectors; a collector never scores. Trouble with the system it reads (unreachable, forbidden,
 * malformed data) is reported in the result, not thrown; only a request the user must fix (a path
 * that is not a repository, a missing ref) throws {@link ScanInputException}. Anything else a
 * collector throws — an exception, a {@link LinkageError} from a class missing at run time — makes
 * it an ERROR source and its domains unavailable, and the scan goes on ({@link Failures}). Its
 * availability domains are named {@code <id>.<what>} ({@code kubernetes.batch/jobs}) so that its
 * criteria can say why when it failed.
 */
public interface Collector {

    /** A short stable id such as {@code git}, {@code mlflow}, {@code kubernetes}. */
    String id();

    CollectorResult collect(ScanRequest request);

    /**
     * One-time set-up of the libraries every {@link #collect} of this collector needs (class
     * loading, static initialisation), without reading any scanned system and without touching
     * libraries of sources a scan may not configure. The CLI calls it on a spare thread at start-up;
     * a collect must not depend on it having run. The default does nothing.
     */
    default void prepare() {
    }

    /**
     * What this collector reports, without any I/O, for a request that does not declare its
     * source (a platform target naming other sources): NOT_CONFIGURED with the reason, and every
     * domain it provides unavailable for that reason, so its criteria are UNKNOWN, never NOT_MET.
     * The default names no domains (the scorer then treats them as provided by no source).
     */
    default CollectorResult notConfigured(String reason) {
        return CollectorResult.builder()
                .source(new SourceReport(id(), null, null, SourceStatus.NOT_CONFIGURED, reason))
                .build();
    }
}
