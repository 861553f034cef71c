package dev.maturity.core.spi;

/**
 * Reads one kind of system and turns what it reads into facts. All I/O of a scan lives in
 * collectors; a collector never scores. Trouble with the system it reads (unreachable, forbidden,
 * malformed data) is reported in the result, not thrown; only a request the user must fix (a path
 * that is not a repository, a missing ref) throws {@link ScanInputException}.
 */
public interface Collector {

    /** A short stable id such as {@code git}, {@code mlflow}, {@code kubernetes}. */
    String id();

    CollectorResult collect(ScanRequest request);
}
